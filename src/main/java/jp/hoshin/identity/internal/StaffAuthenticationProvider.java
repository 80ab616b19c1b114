package jp.hoshin.identity.internal;

import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.StaffPrincipal;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in (form and HTTP Basic): refused without checking the password while the {@link SignInThrottle} blocks
 * the account from this client address or the address itself; every refusal is the same {@link BadCredentialsException}
 * (unknown account, wrong password, disabled, throttled), so the answer does not tell real accounts from unknown ones.
 * The authenticated principal carries no password hash, so none reaches the session table.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "sign-in refused";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    StaffAuthenticationProvider(SignIns signIns, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new WithoutCredentials(new StaffUserDetailsService(signIns), encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = clientAddress(authentication);
        if (throttle.blocked(username, client)) {
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username, client);
            throw new BadCredentialsException(REFUSED, e);
        }
        throttle.succeeded(username, client);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    /** Spring's password check, handing on the principal without its password hash. */
    private static final class WithoutCredentials extends DaoAuthenticationProvider {

        WithoutCredentials(StaffUserDetailsService users, PasswordEncoder encoder) {
            super(users);
            setPasswordEncoder(encoder);
        }

        @Override
        protected Authentication createSuccessAuthentication(
                Object principal, Authentication authentication, UserDetails user) {
            UserDetails kept = user instanceof StaffPrincipal staff ? staff.withoutCredentials() : user;
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(kept, null, kept.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
    }
}
