package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Keeps this instance's index in step with PostgreSQL. Each municipality's documents are indexed at a content version:
 * its own counter of V25 {@code content_version} (raised by every change on any instance) and the shared one, each with
 * the time it last moved (so that a database made again, or restored from a backup, never looks unchanged). Once the
 * application is ready, in the background (the application does not wait), it indexes the municipalities the index does
 * not hold at their current version — after a restart with the index kept on disk, only those that changed meanwhile —
 * then reads the versions every poll interval and re-indexes each municipality whose version moved. The version is
 * read before the documents, so a change made while they are read moves it again and is indexed on the next round.
 */
@Component
public class SearchIndexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SearchSources sources;
    private final Municipalities municipalities;
    private final JdbcTemplate jdbc;
    private final SearchProperties properties;
    private final Map<String, String> indexedVersions;
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
        this.indexedVersions = new ConcurrentHashMap<>(index.indexedVersions());
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
            sync(System.nanoTime());
        } catch (RuntimeException e) {
            log.warn("Search index update failed; retried on the next round", e);
        }
    }

    /**
     * Re-indexes every municipality whose content version is not the one it was indexed at here (or that is not
     * indexed), and drops the municipalities that are no longer in the database; returns the municipalities read.
     */
    public synchronized List<String> sync() {
        return sync(null);
    }

    /**
     * {@link #sync()} as the background rounds do it ({@code now}, from {@link System#nanoTime}): a municipality whose
     * version moved since the previous round is still being changed and waits, unless it has waited
     * {@code max-delay} already. Re-indexing a municipality took 0.3–0.8 s of CPU; re-indexed every poll interval
     * while a city was edited ten times a second, it took a quarter of a core from every other city's readers
     * (issue 19).
     */
    synchronized List<String> sync(@Nullable Long now) {
        Map<String, String> versions = versions();
        List<String> read = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (MunicipalityView m : municipalities.all()) {
            present.add(m.code());
            String version = versionOf(m.code(), versions);
            if (version.equals(indexedVersions.get(m.code()))) {
                changing.remove(m.code());
                continue;
            }
            if (now != null && indexedVersions.containsKey(m.code()) && stillChanging(m.code(), version, now)) {
                continue;
            }
            changing.remove(m.code());
            reindex(m.code(), version);
            read.add(m.code());
        }
        for (String gone : List.copyOf(indexedVersions.keySet())) {
            if (!present.contains(gone)) {
                index.remove(gone);
                indexedVersions.remove(gone);
            }
        }
        return read;
    }

    /** A municipality's version seen moving: the version last seen and when it first moved from the indexed one. */
    private record Changing(String lastSeen, long since) {}

    private final Map<String, Changing> changing = new HashMap<>();

    /** Whether the municipality's version moved since the previous round and it has not waited max-delay yet. */
    private boolean stillChanging(String code, String version, long now) {
        Changing seen = changing.get(code);
        if (seen == null) {
            changing.put(code, new Changing(version, now));
            return true;
        }
        if (now - seen.since() >= properties.maxDelay().toNanos()) {
            return false;
        }
        if (seen.lastSeen().equals(version)) {
            return false;
        }
        changing.put(code, new Changing(version, seen.since()));
        return true;
    }

    private void reindex(String code, String version) {
        long started = System.nanoTime();
        List<SearchDocument> docs = sources.documents(code);
        int written = index.replace(code, version, docs);
        indexedVersions.put(code, version);
        log.info(
                "Search index of {}: {} documents ({} written) at content version {} ({} ms)",
                code,
                docs.size(),
                written,
                version,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether this instance has indexed the municipality's data as it is in the database now. */
    public boolean upToDate(String code) {
        String known = indexedVersions.get(code);
        return known != null && known.equals(versionOf(code, versions(code)));
    }

    /** A municipality's version: its own counter and the shared one, each with the time it last moved. */
    private static String versionOf(String code, Map<String, String> versions) {
        return versions.getOrDefault(code, "0") + "/" + versions.getOrDefault("", "0");
    }

    private Map<String, String> versions(String... scopes) {
        Map<String, String> versions = new HashMap<>();
        String sql = "select trim(scope), version || '@' || (extract(epoch from changed_at) * 1000000)::bigint"
                + " from content_version";
        if (scopes.length > 0) {
            sql += " where scope in ('', ?)";
        }
        jdbc.query(
                sql,
                rs -> {
                    versions.put(rs.getString(1), rs.getString(2));
                },
                (Object[]) scopes);
        return versions;
    }

    @Override
    public void destroy() {
        ScheduledExecutorService ex = executor;
        if (ex != null) {
            ex.shutdownNow();
            try {
                // a municipality being written finishes before the index is closed
                ex.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
