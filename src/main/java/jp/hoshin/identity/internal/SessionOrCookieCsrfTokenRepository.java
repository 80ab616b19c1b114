package jp.hoshin.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without creating a session for anonymous visitors: a signed-in user's token lives in the session (as
 * before); someone without a session (the sign-in form, the public opinion form) gets a double-submit token in an
 * HttpOnly, SameSite=Lax cookie, checked against the masked form field. Signing in clears the cookie, so the signed-in
 * session gets a token of its own.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            cookie.saveToken(null, request, response);
            session.saveToken(null, request, response);
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = request.getSession(false) != null ? session.loadToken(request) : null;
        if (token != null) {
            return token;
        }
        CsrfToken fromCookie = cookie.loadToken(request);
        // the cookie token is checked against the same form field as the session's
        return fromCookie == null ? null : new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", fromCookie.getToken());
    }
}
