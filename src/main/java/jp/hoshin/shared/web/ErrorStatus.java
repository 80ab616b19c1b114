package jp.hoshin.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to a refused or failed request, in Japanese: the site's error page, or for {@code /api/**} an
 * RFC 9457 problem detail. Title and explanation come from {@code error.<status>.*} in messages.properties;
 * a detail is shown only when the application wrote it for the user (never a library's or the server's text).
 */
@Component
class ErrorStatus {

    private static final Logger log = LoggerFactory.getLogger(ErrorStatus.class);

    private final MessageSource messages;
    private final List<ErrorPageSite> sites;

    ErrorStatus(MessageSource messages, List<ErrorPageSite> sites) {
        this.messages = messages;
        this.sites = sites;
    }

    String title(int status) {
        return text("error." + status + ".title", status >= 500 ? "error.server.title" : "error.400.title");
    }

    String lead(int status) {
        return text("error." + status + ".lead", status >= 500 ? "error.server.lead" : "error.400.lead");
    }

    private String text(String code, String fallback) {
        String text = messages.getMessage(code, null, null, Locale.JAPAN);
        return text != null ? text : messages.getMessage(fallback, null, Locale.JAPAN);
    }

    static boolean isApi(HttpServletRequest request, @Nullable String uri) {
        String path = uri != null ? uri : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    Object respond(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            @Nullable String title,
            @Nullable String detail,
            @Nullable String uri) {
        String shownTitle = title != null ? title : title(status);
        String shownDetail = detail != null && !detail.isBlank() ? detail : lead(status);
        HttpStatus code =
                HttpStatus.resolve(status) != null ? HttpStatus.valueOf(status) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (isApi(request, uri)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(code, shownDetail);
            problem.setTitle(shownTitle);
            problem.setInstance(URI.create(uri != null ? uri : request.getRequestURI()));
            return ResponseEntity.status(code)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(code.value());
        ModelAndView mav = new ModelAndView("error/error");
        mav.setStatus(code);
        mav.addObject("errorTitle", shownTitle);
        mav.addObject("message", shownDetail);
        mav.addObject("status", code.value());
        String address = uri != null ? uri : request.getRequestURI();
        String path = address.startsWith(request.getContextPath())
                ? address.substring(request.getContextPath().length())
                : address;
        for (ErrorPageSite site : sites) {
            try {
                site.describe(path, mav.getModel());
            } catch (RuntimeException e) {
                // the error page answers even when what it would add cannot be read (the database is down)
                log.debug(
                        "The error page of {} goes without its site: {}",
                        path,
                        e.getClass().getName());
            }
        }
        return mav;
    }
}
