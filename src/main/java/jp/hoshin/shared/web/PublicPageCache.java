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
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages (/ and /m/**) and the public API's answers (/api/v1/**: JSON, CSV) to anonymous readers from rendered copies while the published
 * data is unchanged. Validity is checked against a version counter in PostgreSQL (raised by every
 * audited change, see V2 migration), read at most every {@code hoshin.public-cache.check-interval}
 * (default 200 ms): an instance serves a public page at most that much older than the database,
 * whichever instance made the change. Signed-in staff (a valid session with a sign-in, or a pending flash message)
 * always get freshly rendered pages; a made-up or expired {@code SESSION} cookie does not bypass the cache.
 * The cache holds at most {@code hoshin.public-cache.max-bytes} (default 64 MB) of pages; a request whose query has a
 * parameter the page did not read ({@code ?x=1}) is answered but not kept, so made-up addresses cannot fill it.
 * Runs before Spring Security: a cached page replays the headers the full chain set when it was
 * rendered (security headers included), so a hit costs no filter chain, query or template.
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
                clock));
        registration.addUrlPatterns("/", "/m/*", "/api/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /**
     * A rendered page, also gzip-compressed once when it is large enough to gain from it (browsers ask for gzip:
     * compressing a long page such as a white paper chapter on every request would cost more than rendering
     * it); {@code validUntil} is set when the page changes with the clock (see {@link PublicPages}).
     */
    record Page(
            long version,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            byte @Nullable [] gzipped,
            @Nullable Instant validUntil) {

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

    private static final Set<String> NOT_REPLAYED =
            Set.of("set-cookie", "content-length", "date", "transfer-encoding", "content-encoding", "vary");

    static final class CacheFilter extends OncePerRequestFilter {

        private final JdbcTemplate jdbc;
        private final long maxBytes;
        private final AtomicLong bytes = new AtomicLong();
        private final boolean enabled;
        private final long checkIntervalNanos;
        private final Map<String, Page> pages = new ConcurrentHashMap<>();
        private volatile long knownVersion = -1;
        private volatile long checkedAt;
        private final Clock clock;

        CacheFilter(JdbcTemplate jdbc, long maxBytes, boolean enabled, long checkIntervalNanos, Clock clock) {
            this.clock = clock;
            this.jdbc = jdbc;
            this.maxBytes = maxBytes;
            this.enabled = enabled;
            this.checkIntervalNanos = checkIntervalNanos;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!enabled || !"GET".equals(request.getMethod()) || hasSession(request)) {
                chain.doFilter(request, response);
                return;
            }
            String key =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            long version = currentVersion();
            Page cached = pages.get(key);
            if (cached != null && cached.validAt(version, clock.instant())) {
                for (Map.Entry<String, String> header : cached.headers()) {
                    response.addHeader(header.getKey(), header.getValue());
                }
                byte[] body = cached.body();
                if (cached.gzipped() != null) {
                    response.setHeader("Vary", "Accept-Encoding");
                    if (acceptsGzip(request)) {
                        response.setHeader("Content-Encoding", "gzip");
                        body = cached.gzipped();
                    }
                }
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            ParameterUse use = new ParameterUse(request);
            chain.doFilter(use, wrapper);
            String type = wrapper.getContentType();
            // a page that started a session (a form's CSRF token, a flash message) belongs to that visitor: the
            // session cookie is written by an outer filter, after this check, so the session itself is asked
            Instant until = request.getAttribute(PublicPages.VALID_UNTIL) instanceof Instant u ? u : null;
            if (wrapper.getStatus() == 200
                    && cacheable(type)
                    && !hasSession(request)
                    && !hasCsrfCookie(request)
                    && wrapper.getHeader("Set-Cookie") == null
                    && request.getSession(false) == null
                    && (until == null || until.isAfter(clock.instant()))
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
                keep(
                        key,
                        new Page(
                                version,
                                List.copyOf(headers),
                                body,
                                body.length >= GZIP_FROM ? gzip(body) : null,
                                until));
            }
            wrapper.copyBodyToResponse();
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
                long version = knownVersion;
                Instant now = clock.instant();
                pages.entrySet()
                        .removeIf(e -> !e.getValue().validAt(version, now) && dropped(e.getKey(), e.getValue()));
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

        /** Smaller pages are sent as they are (Tomcat may still compress them). */
        static final int GZIP_FROM = 8 * 1024;

        private static byte[] gzip(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static boolean acceptsGzip(HttpServletRequest request) {
            for (var values = request.getHeaders("Accept-Encoding"); values.hasMoreElements(); ) {
                for (String coding : values.nextElement().split(",")) {
                    String[] parts = coding.strip().split(";");
                    if (parts[0].strip().equalsIgnoreCase("gzip")
                            && (parts.length == 1 || !parts[1].replace(" ", "").equalsIgnoreCase("q=0"))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private long currentVersion() {
            long now = System.nanoTime();
            if (knownVersion < 0 || now - checkedAt >= checkIntervalNanos) {
                Long v = jdbc.queryForObject("select version from public_content_version where id = 1", Long.class);
                knownVersion = v == null ? -1 : v;
                checkedAt = now;
            }
            return knownVersion;
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
