package jp.hoshin.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The API's security context: a staff member signed in in the browser may read the staff API (GET and HEAD) with
 * their session, e.g. the schedule's JSON and iCalendar feed; every other call needs HTTP Basic, since the API has no
 * CSRF token. The API never creates or writes a session.
 */
final class ApiSessionReads implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final RequestAttributeSecurityContextRepository requests = new RequestAttributeSecurityContextRepository();

    ApiSessionReads() {
        sessions.setAllowSessionCreation(false);
    }

    private static boolean reads(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext fromRequest = requests.loadDeferredContext(request);
        if (!reads(request) || request.getSession(false) == null) {
            return fromRequest;
        }
        DeferredSecurityContext fromSession = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return fromRequest.isGenerated() ? fromSession.get() : fromRequest.get();
            }

            @Override
            public boolean isGenerated() {
                return fromRequest.isGenerated() && fromSession.isGenerated();
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        requests.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return requests.containsContext(request)
                || reads(request) && request.getSession(false) != null && sessions.containsContext(request);
    }
}
