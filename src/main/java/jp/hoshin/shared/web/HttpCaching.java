package jp.hoshin.shared.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The HTTP caching headers of the public pages ({@link PublicPageCache}): how long browsers and proxies may keep a page
 * and serve it stale while fetching it again ({@code Cache-Control}), its validators ({@code ETag}, {@code
 * Last-Modified}, {@code Vary}), the 304 answer to an {@code If-None-Match} that names the current copy, and {@code
 * no-store} for everything that is not kept.
 */
record HttpCaching(Duration maxAge, Duration staleWhileRevalidate) {

    static final HttpCaching DEFAULT = new HttpCaching(Duration.ofSeconds(5), Duration.ofSeconds(30));

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    String cacheControl(@Nullable Instant validUntil, Instant now) {
        long maxAgeSeconds = maxAge.toSeconds();
        if (validUntil != null) {
            // a page that changes at a moment: nobody keeps it past that moment, not even stale
            long left = Math.max(0, Duration.between(now, validUntil).toSeconds());
            return "public, max-age=" + Math.min(maxAgeSeconds, left);
        }
        return "public, max-age=" + maxAgeSeconds + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    /**
     * Sets the headers of a kept page: {@code Cache-Control} (shorter for a page valid until {@code validUntil}),
     * {@code Vary}, {@code ETag} (when there is one) and {@code Last-Modified}.
     */
    void validators(
            HttpServletResponse response,
            @Nullable Instant validUntil,
            Instant lastModified,
            @Nullable String etag,
            Instant now) {
        response.setHeader("Cache-Control", cacheControl(validUntil, now));
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
    }

    /** Answers 304 (without a body) when the request's {@code If-None-Match} names this entity tag. */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, @Nullable String etag) {
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** A strong entity tag for these bytes: the first 96 bits of their SHA-256, in hex. */
    static String etagOf(byte[] bytes, String suffix) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + suffix + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} header names this entity tag (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(@Nullable String ifNoneMatch, @Nullable String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request accepts a gzip-compressed answer (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
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

    static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }

    /**
     * The response on its way through the chain: bodies are kept until the end; an error or a redirect sent from inside
     * goes out with {@code no-store} (the public {@code Cache-Control} set before the chain is only for a page).
     */
    static final class PublicResponse extends ContentCachingResponseWrapper {

        PublicResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            noStore(this);
            super.sendError(sc);
        }

        @Override
        @SuppressWarnings("deprecation")
        public void sendError(int sc, String msg) throws IOException {
            noStore(this);
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            noStore(this);
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            noStore(this);
            super.sendRedirect(location, sc, clearBuffer);
        }
    }
}
