package jp.hoshin.shared.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which copy a public request names and which change counter that copy depends on ({@link PublicPageCache}): the key
 * (the address with its query), the scope (the municipality of {@code /m/{code}/…} and {@code
 * /api/v1/municipalities/{code}/…}, {@code ''} for the deployment's shared pages) and the stamp (the scope's counter
 * in {@code content_version} plus the shared one, and when either last changed). The counters are read at most every
 * check interval, and again by the first public request after a request here that may have written (as its answer
 * goes out, and when it ends).
 */
final class PageStamps {

    /** The change counter a page depends on (its municipality's plus the shared one) and when it last changed. */
    record Stamp(long version, Instant changedAt) {}

    /** The counters as last read: scope ({@code ''} or a municipality code) → counter and time of the last change. */
    record Versions(Map<String, Long> versions, Map<String, Instant> changedAt) {

        Stamp stamp(String scope) {
            long shared = versions.getOrDefault("", 0L);
            Instant sharedAt = changedAt.getOrDefault("", Instant.EPOCH);
            if (scope.isEmpty()) {
                return new Stamp(shared, sharedAt);
            }
            // both counters only grow, so their sum changes whenever either does
            Instant own = changedAt.getOrDefault(scope, Instant.EPOCH);
            return new Stamp(shared + versions.getOrDefault(scope, 0L), own.isAfter(sharedAt) ? own : sharedAt);
        }
    }

    /** The counters as read, with the writes marked before they were read and when they were read. */
    private record Known(Versions versions, long marked, long checkedAt) {}

    private final JdbcTemplate jdbc;
    private final long checkIntervalNanos;
    private volatile @Nullable Known known;
    /** Raised by every request here that may have written, as its answer goes out and when it ends. */
    private final AtomicLong marks = new AtomicLong();

    private final ReentrantLock reading = new ReentrantLock();

    PageStamps(JdbcTemplate jdbc, long checkIntervalNanos) {
        this.jdbc = jdbc;
        this.checkIntervalNanos = checkIntervalNanos;
    }

    /** The key a copy of the requested page is kept under: the address and its query. */
    static String keyOf(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** The municipality a public address belongs to, or {@code ''} for the deployment's shared pages. */
    static String scopeOf(String path) {
        String rest;
        if (path.startsWith("/m/")) {
            rest = path.substring(3);
        } else if (path.startsWith("/api/v1/municipalities/")) {
            rest = path.substring("/api/v1/municipalities/".length());
        } else {
            return "";
        }
        int slash = rest.indexOf('/');
        String code = slash < 0 ? rest : rest.substring(0, slash);
        return code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9') ? code : "";
    }

    static boolean isPublic(String path) {
        return path.equals("/")
                || path.startsWith("/prefectures/")
                || path.startsWith("/m/")
                || path.startsWith("/api/v1/");
    }

    /**
     * A request that may have written is answering, or has ended: what it committed is in the database, and the next
     * public request reads the counters before it is answered (so the writer's next request sees the change).
     */
    void mayHaveWritten() {
        marks.incrementAndGet();
    }

    /** The counters as last read for every scope, or null before the first read. */
    @Nullable
    Versions lastRead() {
        Known k = known;
        return k == null ? null : k.versions();
    }

    /**
     * The counter a page of this scope depends on: the counters read at most every check interval, and read again by
     * a request that comes after a request here may have written. Other public requests are not held up by a write in
     * progress: they read no more often (while one city was edited ten times a second, every other city's readers
     * queried the counters on most requests, issue 19).
     */
    Stamp stamp(String scope) {
        long now = System.nanoTime();
        long marked = marks.get();
        Known k = known;
        if (!fresh(k, marked, now)) {
            // one request reads; those that come meanwhile wait for its read (a burst of requests after a write
            // would otherwise each read)
            reading.lock();
            try {
                k = known;
                if (!fresh(k, marked, now)) {
                    // the mark is taken before the read: every write marked so far is committed, so the read sees it
                    long markedNow = marks.get();
                    k = new Known(read(), markedNow, System.nanoTime());
                    known = k;
                }
            } finally {
                reading.unlock();
            }
        }
        return k.versions().stamp(scope);
    }

    /** Whether the counters were read after the given mark, within the check interval before {@code now}. */
    private boolean fresh(@Nullable Known k, long marked, long now) {
        return k != null && k.marked() >= marked && now - k.checkedAt() < checkIntervalNanos;
    }

    private Versions read() {
        Map<String, Long> versions = new HashMap<>();
        Map<String, Instant> changed = new HashMap<>();
        jdbc.query("select scope, version, changed_at from content_version", rs -> {
            versions.put(rs.getString(1), rs.getLong(2));
            Timestamp at = rs.getTimestamp(3);
            changed.put(rs.getString(1), at.toInstant().truncatedTo(ChronoUnit.SECONDS));
        });
        return new Versions(versions, changed);
    }
}
