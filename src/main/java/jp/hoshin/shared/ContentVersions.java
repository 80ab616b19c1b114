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
    private final ReadMemo<String, Stamp> stamps = new ReadMemo<>("contentStamps");

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

    /**
     * The municipality's counter and the shared one (scope {@code ''}, raised by a change whose municipality is not
     * known), read in one statement: what a municipality's pages show is unchanged while both are. Read once in a
     * page's read-only transaction, before anything {@link KeptWhileUnchanged kept} by it is derived there.
     */
    public Stamp stamp(String municipalityCode) {
        return stamps.get(municipalityCode, this::read);
    }

    private Stamp read(String municipalityCode) {
        return jdbc.sql("""
                        select coalesce(max(version) filter (where scope = ?), 0) as own,
                               coalesce(max(version) filter (where scope = ''), 0) as shared
                        from content_version where scope in (?, '')""")
                .param(municipalityCode)
                .param(municipalityCode)
                .query((rs, n) -> new Stamp(rs.getLong("own"), rs.getLong("shared")))
                .single();
    }

    /** The two counters a municipality's pages depend on. */
    public record Stamp(long own, long shared) {}
}
