package jp.hoshin.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A public-only instance ({@code HOSHIN_MODE=public}) answers 404 to everything but reading the public site and the
 * public API, and sending an opinion through a consultation's form: no sign-in, no staff pages, no staff API, no other
 * writes. It runs before the session and security filters, so such requests reach nothing.
 */
final class PublicOnlyFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final List<PathPattern> PUBLIC_API =
            SecurityConfiguration.PUBLIC_API_READS.stream().map(PARSER::parse).toList();
    /** Citizens' comments belong to the public side: the opinion form is the one write (docs/security.md). */
    private static final PathPattern OPINION_FORM = PARSER.parse("/m/{code}/comments/{id}/opinion");

    private static final List<PathPattern> STAFF =
            List.of(PARSER.parse("/staff"), PARSER.parse("/staff/**"), PARSER.parse("/login"), PARSER.parse("/logout"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (allowed(
                request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean allowed(String method, String path) {
        PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
        if ("POST".equals(method)) {
            return OPINION_FORM.matches(container);
        }
        if (!READS.contains(method) || STAFF.stream().anyMatch(p -> p.matches(container))) {
            return false;
        }
        if (path.startsWith("/api/")) {
            return PUBLIC_API.stream().anyMatch(p -> p.matches(container));
        }
        return true;
    }
}
