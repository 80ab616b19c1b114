package jp.hoshin.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code spring.datasource.url} as Hoshin reads it: with one, the application talks to that PostgreSQL server; without
 * one, to the embedded server ({@link EmbeddedDatabaseProperties}).
 */
@ConfigurationProperties("spring.datasource")
public record ExternalDatabase(@DefaultValue("") String url) {

    public boolean configured() {
        return !url.isBlank();
    }
}
