package jp.hoshin.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in bookkeeping: loads the principal and records a successful sign-in. Failed sign-ins are throttled per
 * client address and per (account, client address), never by locking the account for everyone
 * ({@code identity/internal/SignInThrottle}).
 */
@Service
public class SignIns {

    private final StaffAccountRepository accounts;
    private final Clock clock;

    SignIns(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The account as it is now, read without loading the entity: every signed-in request asks (Access). */
    @Transactional(readOnly = true)
    public Optional<StaffPrincipal> principal(String username) {
        return PrincipalRow.principal(accounts.principalRows(username), clock.instant());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            accounts.findById(staff.id()).ifPresent(StaffAccount::recordSuccessfulSignIn);
        }
    }
}
