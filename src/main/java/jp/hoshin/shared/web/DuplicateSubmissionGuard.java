package jp.hoshin.shared.web;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses the second submission of the same rendered form (a double click, the answer page reloaded, the back
 * button): a POST that carries a {@link SubmissionTokens#FIELD} token already used does no work. A staff member is
 * sent back to the page they came from with the reason; anyone else gets a Japanese 409 page. Requests without a
 * token (the API, tests, forms of another origin) are left to the other checks (CSRF, versions).
 */
@Configuration(proxyBeanMethods = false)
class DuplicateSubmissionGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final Supplier<@Nullable SubmissionTokens> tokens;

    /** The tokens' store is absent in a web slice test without a database: then nothing is refused. */
    DuplicateSubmissionGuard(ObjectProvider<SubmissionTokens> tokens) {
        this.tokens = SingletonSupplier.of(tokens::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String token = request.getParameter(SubmissionTokens.FIELD);
        SubmissionTokens store = tokens.get();
        if (token == null || token.isEmpty() || store == null || store.firstUse(token)) {
            return true;
        }
        throw new DuplicateSubmission(sameSitePath(request));
    }

    /** The path (and query) of the page the form was on, when the Referer names this site; otherwise none. */
    static @Nullable String sameSitePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")
                    || uri.getRawPath().startsWith("//")) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The refusal, with where the form was (for the way back). */
    static final class DuplicateSubmission extends RuntimeException {

        private final @Nullable String back;

        DuplicateSubmission(@Nullable String back) {
            super(null, null, false, false);
            this.back = back;
        }

        @Nullable
        String back() {
            return back;
        }
    }
}
