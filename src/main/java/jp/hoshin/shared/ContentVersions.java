package jp.hoshin.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The change counter of a municipality's data ({@code content_version}, raised by every audited change of it, V25):
 * what is derived from the data may be kept while the counter is unchanged.
 */
@Service
public class ContentVersions {

    private final JdbcClient jdbc;

    ContentVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's counter now (0 before its first change). */
    public long of(String municipalityCode) {
        return jdbc.sql("select coalesce(max(version), 0) from content_version where scope = ?")
                .param(municipalityCode)
                .query(Long.class)
                .single();
    }
}
