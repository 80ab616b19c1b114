package jp.hoshin.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hoshin.embedded-db.*}: where the embedded PostgreSQL keeps its data (default {@code data/postgres}), its port
 * (0: any free one), whether to start from an empty directory, and the pool size (default 10). Files that belong
 * beside the data (the development key for personal data, the first administrator's password) go in its parent.
 */
@ConfigurationProperties("hoshin.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean, int poolSize) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "data/postgres";
        }
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    /** The directory beside the data directory, for files that belong with the data. */
    public Path besideData() {
        return Path.of(dataDir).toAbsolutePath().getParent();
    }
}
