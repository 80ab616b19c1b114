package jp.hoshin.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in bookkeeping: loads the principal, counts failed attempts and locks an account for a
 * while after too many in a row (hoshin.security.max-failed-attempts, hoshin.security.lock-duration).
 */
@Service
public class SignIns {

    private final StaffAccountRepository accounts;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockDuration;

    SignIns(StaffAccountRepository accounts, Clock clock,
            @Value("${hoshin.security.max-failed-attempts:5}") int maxFailedAttempts,
            @Value("${hoshin.security.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockDuration = lockDuration;
    }

    @Transactional(readOnly = true)
    public Optional<StaffPrincipal> principal(String username) {
        return accounts.findByUsername(username).map(a -> a.toPrincipal(clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(a -> a.recordFailedSignIn(maxFailedAttempts, lockDuration, clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            accounts.findById(staff.id()).ifPresent(StaffAccount::recordSuccessfulSignIn);
        }
    }
}
