package jp.hoshin.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Serves public pages (/ and /m/**) and the public API's answers (/api/v1/**: JSON, CSV) to anonymous readers from
 * rendered copies while the published data is unchanged, and tells browsers, reverse proxies and CDNs how to cache
 * them (docs/deployment.md).
 *
 * <p>Validity: each municipality has a change counter in PostgreSQL ({@code content_version}, V25 migration: raised by
 * every audited change of that municipality's data), and the deployment's shared pages (the front page, the
 * municipality list) one of their own (scope {@code ''}, raised by changes that belong to no municipality and by a
 * municipality's registration or renaming). A page of {@code /m/{code}/…} or {@code /api/v1/municipalities/{code}/…} is
 * valid while its municipality's counter and the shared one are unchanged, so an edit in one city leaves the other
 * cities' copies valid ({@link PageStamps}: the key, scope and stamp of a request). The counters are read at most every {@code hoshin.public-cache.check-interval} (default 200 ms):
 * an instance serves a public page at most that much older than the database, whichever instance made the change.
 * A request here that may write (any method but GET/HEAD) marks the counters stale as its answer goes out (and again
 * when it ends), so the next public request reads them: an edit made here is visible on the next request.
 *
 * <p>HTTP ({@link HttpCaching}): a page that is kept is sent with a strong {@code ETag} (a digest of the bytes sent, {@code -gz} for the
 * compressed copy), {@code Last-Modified} (when its municipality's data last changed), {@code Cache-Control: public,
 * max-age=…, stale-while-revalidate=…} ({@code hoshin.public-cache.max-age}, {@code …stale-while-revalidate}; shorter,
 * without stale use, for a page valid only until a moment) and {@code Vary: Accept-Encoding, Cookie}; a request whose
 * {@code If-None-Match} names the current copy is answered 304 without a body. Everything else (staff pages, signed-in
 * readers, pages that set a cookie or belong to one visitor, errors, redirects) keeps {@code no-store}.
 *
 * <p>Signed-in staff (a valid session with a sign-in, or a pending flash message) always get freshly rendered pages; a
 * made-up or expired {@code SESSION} cookie does not bypass the cache. The cache holds at most {@code
 * hoshin.public-cache.max-bytes} (default 64 MB) of pages; a request whose query has a parameter the page did not read
 * ({@code ?x=1}) is answered but not kept, so made-up addresses cannot fill it. Runs before Spring Security: a cached
 * page replays the headers the full chain set when it was rendered (security headers included), so a hit costs no
 * filter chain, query or template.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicCacheProperties.class)
class PublicPageCache {

    @Bean
    FilterRegistrationBean<CacheFilter> publicPageCacheFilter(
            JdbcTemplate jdbc, Clock clock, PublicCacheProperties properties) {
        FilterRegistrationBean<CacheFilter> registration = new FilterRegistrationBean<>(new CacheFilter(
                jdbc,
                properties.maxBytes().toBytes(),
                properties.enabled(),
                properties.checkInterval().toNanos(),
                clock,
                new HttpCaching(properties.maxAge(), properties.staleWhileRevalidate())));
        // every request passes: one that may write makes the next public request read the counters again
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /**
     * A rendered page, also gzip-compressed once when it is large enough to gain from it (browsers ask for gzip:
     * compressing a long page such as a white paper chapter on every request would cost more than rendering it);
     * {@code validUntil} is set when the page changes with the clock (see {@link PublicPages}); {@code etag} and
     * {@code gzippedEtag} name the bytes of each representation.
     */
    record Page(
            String scope,
            long version,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            byte @Nullable [] gzipped,
            @Nullable Instant validUntil,
            String etag,
            @Nullable String gzippedEtag,
            Instant lastModified) {

        Page(
                long version,
                List<Map.Entry<String, String>> headers,
                byte[] body,
                byte @Nullable [] gzipped,
                @Nullable Instant validUntil) {
            this("", version, headers, body, gzipped, validUntil, HttpCaching.etagOf(body, ""), null, Instant.EPOCH);
        }

        boolean validAt(long currentVersion, Instant now) {
            return version == currentVersion && (validUntil == null || now.isBefore(validUntil));
        }

        /** What the copy costs in memory: the bodies, and a little for the key, headers and the record. */
        long bytes() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 512L + 64L * headers.size();
        }
    }

    /** The request as the page sees it, noting which parameters the page read. */
    static final class ParameterUse extends HttpServletRequestWrapper {

        private final Set<String> read = ConcurrentHashMap.newKeySet();
        private volatile boolean readAll;

        ParameterUse(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            read.add(name);
            return super.getParameter(name);
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            read.add(name);
            return super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            readAll = true;
            return super.getParameterMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            readAll = true;
            return super.getParameterNames();
        }

        /** Whether every parameter of the query was read by name (so the query string is part of what the page shows). */
        boolean queryFullyUsed() {
            String query = getQueryString();
            if (query == null || query.isEmpty()) {
                return true;
            }
            if (readAll) {
                return false;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (!name.isEmpty() && !read.contains(name)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "content-length",
            "date",
            "transfer-encoding",
            "content-encoding",
            "vary",
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "last-modified");

    static final class CacheFilter extends OncePerRequestFilter {

        private final PageStamps stamps;
        private final long maxBytes;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong served = new AtomicLong();
        private final boolean enabled;
        private final Map<String, Page> pages = new ConcurrentHashMap<>();
        private final Clock clock;
        private final HttpCaching http;

        CacheFilter(JdbcTemplate jdbc, long maxBytes, boolean enabled, long checkIntervalNanos, Clock clock) {
            this(jdbc, maxBytes, enabled, checkIntervalNanos, clock, HttpCaching.DEFAULT);
        }

        CacheFilter(
                JdbcTemplate jdbc,
                long maxBytes,
                boolean enabled,
                long checkIntervalNanos,
                Clock clock,
                HttpCaching http) {
            this.clock = clock;
            this.stamps = new PageStamps(jdbc, checkIntervalNanos);
            this.maxBytes = maxBytes;
            this.enabled = enabled;
            this.http = http;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                // what it committed is marked before its answer goes out (a redirect, an error, the first bytes), so
                // that the writer's next request reads the counters; and again at the end, for anything committed later
                try {
                    chain.doFilter(request, new OnCommittedResponseWrapper(response) {
                        @Override
                        protected void onResponseCommitted() {
                            stamps.mayHaveWritten();
                        }
                    });
                } finally {
                    stamps.mayHaveWritten();
                }
                return;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!enabled || !"GET".equals(method) || !PageStamps.isPublic(path) || hasSession(request)) {
                chain.doFilter(request, response);
                return;
            }
            String key = PageStamps.keyOf(request);
            String scope = PageStamps.scopeOf(path);
            PageStamps.Stamp stamp = stamps.stamp(scope);
            Instant now = clock.instant();
            Page cached = pages.get(key);
            if (cached != null && cached.validAt(stamp.version(), now)) {
                serve(cached, request, response, now);
                return;
            }
            // set before the chain so that Spring Security leaves it (and writes no Pragma, Expires); replaced by
            // no-store below unless the page is kept
            response.setHeader("Cache-Control", http.cacheControl(null, now));
            HttpCaching.PublicResponse wrapper = new HttpCaching.PublicResponse(response);
            ParameterUse use = new ParameterUse(request);
            chain.doFilter(use, wrapper);
            String type = wrapper.getContentType();
            // a page that started a session (a form's CSRF token, a flash message) belongs to that visitor: the
            // session cookie is written by an outer filter, after this check, so the session itself is asked
            Instant until = request.getAttribute(PublicPages.VALID_UNTIL) instanceof Instant u ? u : null;
            if (wrapper.getStatus() == 200
                    && !response.isCommitted()
                    && cacheable(type)
                    && !hasSession(request)
                    && !hasCsrfCookie(request)
                    && wrapper.getHeader("Set-Cookie") == null
                    && request.getSession(false) == null
                    && (until == null || until.isAfter(now))
                    && use.queryFullyUsed()) {
                List<Map.Entry<String, String>> headers = new ArrayList<>();
                for (String name : wrapper.getHeaderNames()) {
                    if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                        for (String value : wrapper.getHeaders(name)) {
                            headers.add(Map.entry(name, value));
                        }
                    }
                }
                if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Language"))) {
                    headers.add(
                            Map.entry("Content-Language", wrapper.getLocale().toLanguageTag()));
                }
                if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Type"))) {
                    headers.add(Map.entry("Content-Type", type));
                }
                byte[] body = wrapper.getContentAsByteArray();
                byte[] gzipped = body.length >= GZIP_FROM ? gzip(body) : null;
                // a page that changes at a moment was last modified no later than now
                Instant modified = until == null ? stamp.changedAt() : now;
                Page page = new Page(
                        scope,
                        stamp.version(),
                        List.copyOf(headers),
                        body,
                        gzipped,
                        until,
                        HttpCaching.etagOf(body, ""),
                        gzipped == null ? null : HttpCaching.etagOf(body, "-gz"),
                        modified.isAfter(now) ? now : modified);
                keep(key, page);
                // Tomcat does not compress an answer with a strong ETag: the compressed copy goes out when accepted
                boolean gzip = gzipped != null && HttpCaching.acceptsGzip(request);
                String etag = gzip ? page.gzippedEtag() : page.etag();
                validators(response, page, etag, now);
                if (etag != null && HttpCaching.notModified(request, response, etag)) {
                    return;
                }
                if (gzip) {
                    response.setHeader("Content-Encoding", "gzip");
                    response.setContentLength(gzipped.length);
                    response.getOutputStream().write(gzipped);
                    return;
                }
            } else if (!response.isCommitted()) {
                HttpCaching.noStore(response);
            }
            wrapper.copyBodyToResponse();
        }

        /** Answers from a kept copy: 304 when the reader holds it already, else the bytes (gzip when accepted). */
        private void serve(Page cached, HttpServletRequest request, HttpServletResponse response, Instant now)
                throws IOException {
            served.incrementAndGet();
            for (Map.Entry<String, String> header : cached.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
            boolean gzip = cached.gzipped() != null && HttpCaching.acceptsGzip(request);
            String etag = gzip ? cached.gzippedEtag() : cached.etag();
            validators(response, cached, etag, now);
            if (HttpCaching.notModified(request, response, etag)) {
                return;
            }
            byte[] body = cached.body();
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
                body = cached.gzipped();
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        private void validators(HttpServletResponse response, Page page, @Nullable String etag, Instant now) {
            http.validators(response, page.validUntil(), page.lastModified(), etag, now);
        }

        /** Keeps the page, first dropping others (stale ones first) while the cache would exceed its size in bytes. */
        void keep(String key, Page page) {
            long size = page.bytes() + 2L * key.length();
            if (size > maxBytes) {
                return;
            }
            Page old = pages.put(key, page);
            bytes.addAndGet(size - (old == null ? 0 : old.bytes() + 2L * key.length()));
            if (bytes.get() > maxBytes) {
                PageStamps.Versions versions = stamps.lastRead();
                Instant now = clock.instant();
                if (versions != null) {
                    pages.entrySet()
                            .removeIf(e -> !e.getValue()
                                            .validAt(
                                                    versions.stamp(e.getValue().scope())
                                                            .version(),
                                                    now)
                                    && dropped(e.getKey(), e.getValue()));
                }
                var entries = pages.entrySet().iterator();
                while (bytes.get() > maxBytes && entries.hasNext()) {
                    var e = entries.next();
                    if (!e.getKey().equals(key)) {
                        entries.remove();
                        dropped(e.getKey(), e.getValue());
                    }
                }
            }
        }

        private boolean dropped(String key, Page page) {
            bytes.addAndGet(-(page.bytes() + 2L * key.length()));
            return true;
        }

        /** The bytes the kept pages take (for tests and the documentation's measurements). */
        long bytesHeld() {
            return bytes.get();
        }

        int pagesHeld() {
            return pages.size();
        }

        /** How many answers came from a kept copy (for tests: a page's lookups read past Hibernate's statistics). */
        long servedFromCache() {
            return served.get();
        }

        /** Smaller pages are sent as they are. */
        static final int GZIP_FROM = 2 * 1024;

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static boolean cacheable(@Nullable String type) {
            return type != null
                    && (type.startsWith("text/html")
                            || type.startsWith("application/json")
                            || type.startsWith("text/csv"));
        }

        /**
         * A visitor with a CSRF cookie (an anonymous form's token) gets a page's form with that token and no new cookie:
         * such a page is theirs, not kept for others (it is still served from a copy rendered for someone without one).
         */
        private static boolean hasCsrfCookie(HttpServletRequest request) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if ("XSRF-TOKEN".equals(c.getName())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the request belongs to someone whose page is their own: a signed-in session (or one with a flash message
         * waiting) that the session store knows, or HTTP Basic credentials. A made-up or expired cookie is no session
         * (the store is asked only when a cookie is present: a lookup by primary key, far cheaper than rendering).
         */
        private static boolean hasSession(HttpServletRequest request) {
            if (request.getHeader("Authorization") != null) {
                return true;
            }
            Cookie[] cookies = request.getCookies();
            boolean cookie = false;
            if (cookies != null) {
                for (Cookie c : cookies) {
                    cookie |= "SESSION".equals(c.getName()) || "JSESSIONID".equals(c.getName());
                }
            }
            if (!cookie) {
                return false;
            }
            HttpSession session = request.getSession(false);
            return session != null
                    && (session.getAttribute(SECURITY_CONTEXT) != null || session.getAttribute(FLASH_MAPS) != null);
        }

        private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";
        private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    }
}
