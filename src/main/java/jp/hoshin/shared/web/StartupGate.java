package jp.hoshin.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until Hoshin is ready (Spring Boot's readiness state: every start-up task has run, the demo data included), every
 * page answers 503 with a short Japanese "starting" page that reloads itself, and the API a problem detail; only
 * {@code /actuator} (the probes) is let through. Nobody is shown a half-loaded site, and a load balancer that checks
 * readiness sends no reader to an instance that is still starting or already shutting down.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private final Supplier<@Nullable ApplicationAvailability> availability;

    StartupGate(ObjectProvider<ApplicationAvailability> availability) {
        this.availability = SingletonSupplier.of(availability::getIfAvailable);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = Messages.get("startup.title");
        String lead = Messages.get("startup.lead");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"" + json(title) + "\",\"detail\":\""
                            + json(lead) + "\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>"
                        + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>"
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(lead)
                        + "</p></main></body></html>");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private boolean ready() {
        ApplicationAvailability state = availability.get();
        return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
