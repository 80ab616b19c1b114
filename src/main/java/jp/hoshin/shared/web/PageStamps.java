package jp.hoshin.shared.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which copy a public request names and which change counter that copy depends on ({@link PublicPageCache}): the key
 * (the address with its query), the scope (the municipality of {@code /m/{code}/…} and {@code
 * /api/v1/municipalities/{code}/…}, {@code ''} for the deployment's shared pages) and the stamp (the scope's counter
 * in {@code content_version} plus the shared one, and when either last changed). The counters are read at most every
 * check interval; while a request that may write is being handled, for each request; and again after it.
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

    private final JdbcTemplate jdbc;
    private final long checkIntervalNanos;
    private volatile @Nullable Versions known;
    private volatile long checkedAt;
    /** Requests that may write, being handled now. */
    private final AtomicInteger writing = new AtomicInteger();
    /** Set after a request that may have written: the next public request reads the counters. */
    private volatile boolean reread;

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

    /** A request that may write begins here: until it ends, public requests read their counters each time. */
    void writeStarted() {
        writing.incrementAndGet();
    }

    /** A request that may write has ended: the next public request reads the counters again. */
    void writeEnded() {
        reread = true;
        writing.decrementAndGet();
    }

    /** The counters as last read for every scope, or null before the first read. */
    @Nullable
    Versions lastRead() {
        return known;
    }

    /**
     * The counter a page of this scope depends on: while a request that may write is being handled here, read for
     * each request (so the writer's next request sees its change the moment it is committed); else the counters
     * read at most every check interval, and again after a write.
     */
    Stamp stamp(String scope) {
        if (writing.get() > 0) {
            return read(scope.isEmpty() ? List.of("") : List.of("", scope)).stamp(scope);
        }
        long now = System.nanoTime();
        Versions versions = known;
        if (versions == null || reread || now - checkedAt >= checkIntervalNanos) {
            reread = false;
            versions = read(null);
            known = versions;
            checkedAt = now;
        }
        return versions.stamp(scope);
    }

    private Versions read(@Nullable List<String> scopes) {
        Map<String, Long> versions = new HashMap<>();
        Map<String, Instant> changed = new HashMap<>();
        String sql = "select scope, version, changed_at from content_version";
        Object[] args = {};
        if (scopes != null) {
            sql += " where scope in ("
                    + String.join(",", scopes.stream().map(s -> "?").toList()) + ")";
            args = scopes.toArray();
        }
        jdbc.query(
                sql,
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                    Timestamp at = rs.getTimestamp(3);
                    changed.put(rs.getString(1), at.toInstant().truncatedTo(ChronoUnit.SECONDS));
                },
                args);
        return new Versions(versions, changed);
    }
}
