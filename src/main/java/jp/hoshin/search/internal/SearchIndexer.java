package jp.hoshin.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchIndex;
import jp.hoshin.search.SearchProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's index in step with PostgreSQL: once the application is ready it builds every municipality's
 * documents in the background (the application does not wait), then reads the content versions (V25 {@code
 * content_version}, raised by every change on any instance) every poll interval and re-indexes each municipality whose
 * version moved (all of them when the shared scope moved). The version is read before the documents, so a change made
 * while they are read moves it again and is indexed on the next round.
 */
@Component
public class SearchIndexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SearchSources sources;
    private final Municipalities municipalities;
    private final JdbcTemplate jdbc;
    private final SearchProperties properties;
    private final Map<String, Long> indexedVersions = new ConcurrentHashMap<>();
    private volatile long indexedShared = -1;
    private @Nullable ScheduledExecutorService executor;

    SearchIndexer(
            SearchIndex index,
            SearchSources sources,
            Municipalities municipalities,
            JdbcTemplate jdbc,
            SearchProperties properties) {
        this.index = index;
        this.sources = sources;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.enabled() || executor != null) {
            return;
        }
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-indexer");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        executor = ex;
        ex.scheduleWithFixedDelay(
                this::syncQuietly, 0, Math.max(100, properties.pollInterval().toMillis()), TimeUnit.MILLISECONDS);
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            log.warn("Search index update failed; retried on the next round", e);
        }
    }

    /** Re-indexes every municipality whose content version moved since it was last indexed here. */
    public synchronized void sync() {
        Map<String, Long> versions = versions();
        long shared = versions.getOrDefault("", 0L);
        boolean all = shared != indexedShared;
        for (MunicipalityView m : municipalities.all()) {
            long version = versions.getOrDefault(m.code(), 0L);
            Long known = indexedVersions.get(m.code());
            if (all || known == null || known != version) {
                reindex(m.code(), version);
            }
        }
        indexedShared = shared;
    }

    private void reindex(String code, long version) {
        long started = System.nanoTime();
        List<SearchDocument> docs = sources.documents(code);
        index.replace(code, docs);
        indexedVersions.put(code, version);
        log.info(
                "Search index of {}: {} documents at content version {} ({} ms)",
                code,
                docs.size(),
                version,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether this instance has indexed the municipality's data as it is in the database now. */
    public boolean upToDate(String code) {
        Long known = indexedVersions.get(code);
        if (known == null) {
            return false;
        }
        Map<String, Long> versions = versions(code);
        return known == versions.getOrDefault(code, 0L).longValue() && indexedShared == versions.getOrDefault("", 0L);
    }

    private Map<String, Long> versions(String... scopes) {
        Map<String, Long> versions = new HashMap<>();
        String sql = "select trim(scope), version from content_version";
        if (scopes.length > 0) {
            sql += " where scope in ('', ?)";
        }
        jdbc.query(
                sql,
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                },
                (Object[]) scopes);
        return versions;
    }

    @Override
    public void destroy() {
        ScheduledExecutorService ex = executor;
        if (ex != null) {
            ex.shutdownNow();
        }
    }
}
