package jp.hoshin.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;

import jp.hoshin.shared.EmbeddedDatabaseServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code ./hoshin backup FILE} and {@code ./hoshin restore FILE [--replace]} (java -jar hoshin.jar backup|restore ...),
 * without starting the application. The database is the external one of SPRING_DATASOURCE_URL (USERNAME, PASSWORD), or
 * the embedded one under HOSHIN_DATA_DIR: a backup reads it from the running Hoshin's server, or starts the server
 * itself; a restore needs Hoshin stopped. The personal-data key is not in the file: its fingerprint is, and a restore
 * says whether the key in place is the same (docs/security.md).
 */
public final class BackupCommand {

    private final Map<String, String> env;
    private final Path dataDir;

    BackupCommand(Map<String, String> env) {
        this.env = env;
        this.dataDir = Path.of(env.getOrDefault("HOSHIN_DATA_DIR", "data"))
                .toAbsolutePath()
                .resolve("postgres");
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; the exit status. */
    public static int run(String[] args) {
        quietLogging();
        if (args.length < 2) {
            System.err.println("使い方: ./hoshin backup FILE | ./hoshin restore FILE [--replace]");
            return 2;
        }
        BackupCommand command = new BackupCommand(System.getenv());
        try {
            Path file = Path.of(args[1]).toAbsolutePath();
            return args[0].equals("backup")
                    ? command.backup(file)
                    : command.restore(file, args.length > 2 && args[2].equals("--replace"));
        } catch (Exception e) {
            System.err.println("Hoshin: " + args[0] + " に失敗しました: " + e.getMessage());
            return 1;
        }
    }

    int backup(Path file) throws Exception {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        DatabaseBackup.Manifest manifest;
        if (external()) {
            manifest = dump(externalDatabase(), partial, keyFingerprint());
        } else if (EmbeddedDatabaseServer.inUse(dataDir)) {
            manifest = dump(EmbeddedDatabaseServer.runningDatabase(dataDir, "hoshin"), partial, keyFingerprint());
        } else {
            try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
                manifest = dump(server.database("hoshin"), partial, keyFingerprint());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(
                "Hoshin: %s にバックアップしました（スキーマ V%s、%d 表、%d 行）。%n",
                file,
                manifest.schemaVersion(),
                manifest.rows().size(),
                manifest.rows().values().stream().mapToLong(Long::longValue).sum());
        System.out.println(keyReminder());
        return 0;
    }

    int restore(Path file, boolean replace) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " がありません。");
        }
        DatabaseBackup.Manifest manifest;
        if (external()) {
            manifest = load(externalDatabase(), file);
        } else {
            if (EmbeddedDatabaseServer.inUse(dataDir)) {
                throw new IllegalStateException("Hoshin が動いています。止めてから復元してください（" + dataDir.getParent() + "）。");
            }
            try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
                freshEmbeddedDatabase(server, replace);
                manifest = load(server.database("hoshin"), file);
            }
        }
        System.out.printf(
                "Hoshin: %s から復元しました（スキーマ V%s、%d 表）。%n",
                file, manifest.schemaVersion(), manifest.rows().size());
        String fingerprint = keyFingerprint();
        if (!manifest.keyFingerprint().isEmpty() && !manifest.keyFingerprint().equals(fingerprint)) {
            System.out.println("注意: いまの個人情報の暗号鍵は、バックアップを取ったときの鍵と違います。パブリックコメントの提出者の個人情報を"
                    + "読むには、そのときの鍵（personal-data.key または HOSHIN_PERSONAL_DATA_KEY）を置いてから起動してください。");
        }
        return 0;
    }

    private static DatabaseBackup.Manifest dump(DataSource source, Path partial, String keyFingerprint)
            throws Exception {
        Files.createDirectories(partial.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(partial)) {
            return DatabaseBackup.dump(source, out, keyFingerprint);
        }
    }

    private DatabaseBackup.Manifest load(DataSource source, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return DatabaseBackup.restore(source, in);
        }
    }

    /** The embedded database {@code hoshin}, empty: made if missing, replaced only when asked. */
    private static void freshEmbeddedDatabase(EmbeddedDatabaseServer server, boolean replace) throws SQLException {
        try (Connection connection = server.database("postgres").getConnection();
                Statement s = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'hoshin'")) {
                exists = rs.next();
            }
            if (exists && replace) {
                s.execute("drop database hoshin with (force)");
                exists = false;
            }
            if (!exists) {
                s.execute("create database hoshin encoding 'UTF8' template template0 locale 'C.UTF-8'");
            }
        }
    }

    private boolean external() {
        return !env.getOrDefault("SPRING_DATASOURCE_URL", "").isBlank();
    }

    private DataSource externalDatabase() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(env.get("SPRING_DATASOURCE_URL"));
        source.setUser(env.getOrDefault("SPRING_DATASOURCE_USERNAME", ""));
        source.setPassword(env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        return source;
    }

    private String keyReminder() {
        String where = env.getOrDefault("HOSHIN_PERSONAL_DATA_KEY", "").isBlank()
                ? dataDir.getParent().resolve("personal-data.key").toString()
                : "HOSHIN_PERSONAL_DATA_KEY";
        return "個人情報の暗号鍵（" + where + "）はバックアップに含まれていません。バックアップとは別の安全な場所に保管してください。" + "鍵がなければ、復元しても提出者の個人情報は読めません。";
    }

    /** A fingerprint of the personal-data key (never the key), to tell on restore whether the key in place is the same. */
    String keyFingerprint() throws IOException {
        String key = env.getOrDefault("HOSHIN_PERSONAL_DATA_KEY", "").strip();
        if (key.isEmpty()) {
            Path file = dataDir.getParent().resolve("personal-data.key");
            if (!Files.exists(file)) {
                return "";
            }
            key = Files.readString(file).strip();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("hoshin-personal-data-key\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
