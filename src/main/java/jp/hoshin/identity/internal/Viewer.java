package jp.hoshin.identity.internal;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is reading the page, for the layout ({@code @viewer.signedIn()}): whether a member of staff is signed in. The
 * same rule as Spring Security's {@code isAuthenticated()}, read straight from the security context: the security
 * dialect's {@code #authorization.expression(…)} looked the expression handler up and built an evaluation context on
 * every page (issue 19).
 */
@Component("viewer")
public class Viewer {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    public boolean signedIn() {
        return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }
}
