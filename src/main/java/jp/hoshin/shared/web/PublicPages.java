package jp.hoshin.shared.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a public page tells the public page cache. A page whose content changes with the clock (a
 * consultation opens or closes at midnight in Japan) says until when its rendered copy is valid.
 */
public final class PublicPages {

    static final String VALID_UNTIL = PublicPages.class.getName() + ".validUntil";

    private PublicPages() {}

    /** This page is for the one visitor (a form with its CSRF token): never served from the cache. */
    public static void personal(HttpServletRequest request) {
        request.setAttribute(VALID_UNTIL, Instant.MIN);
    }

    /** The rendered copy of this page may be served until {@code until}; after it, the page is rendered again. */
    public static void validUntil(HttpServletRequest request, Instant until) {
        Object known = request.getAttribute(VALID_UNTIL);
        if (!(known instanceof Instant earlier) || until.isBefore(earlier)) {
            request.setAttribute(VALID_UNTIL, until);
        }
    }
}
