package jp.hoshin.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins, counted in PostgreSQL (so several instances share them) per (account, client address) and per
 * client address, each with its own {@link BackOff}. Nobody can lock an account for others: a blocked key only
 * stops sign-ins with that account from that address, or from that address. An unknown account is counted like a
 * known one, so the answers do not tell them apart.
 */
@Component
class SignInThrottle {

    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BackOff perAccountAndClient;
    private final BackOff perClient;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, HoshinSecurityProperties properties) {
        HoshinSecurityProperties.SignIn signIn = properties.signIn();
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAccountAndClient = new BackOff(signIn.freeFailures(), Duration.ofSeconds(1), signIn.maxDelay());
        this.perClient = new BackOff(signIn.freeFailuresPerClient(), Duration.ofSeconds(1), signIn.maxDelay());
    }

    /** Whether a sign-in with this account from this address is refused for now (the password is then not checked). */
    @Transactional(readOnly = true)
    public boolean blocked(String username, String client) {
        List<Timestamp> until = jdbc.queryForList(
                "select blocked_until from sign_in_throttle where throttle_key in (?, ?) and blocked_until > ?",
                Timestamp.class,
                accountKey(username, client),
                clientKey(client),
                Timestamp.from(clock.instant()));
        return !until.isEmpty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String client) {
        Instant now = clock.instant();
        count(accountKey(username, client), perAccountAndClient, now);
        count(clientKey(client), perClient, now);
        jdbc.update("delete from sign_in_throttle where last_failure < ?", Timestamp.from(now.minus(FORGET_AFTER)));
    }

    /** A successful sign-in forgets the failures of that account from that address (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String client) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", accountKey(username, client));
    }

    private void count(String key, BackOff backOff, Instant now) {
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_throttle (throttle_key, failures, last_failure) values (?, 1, ?)
                on conflict (throttle_key) do update set failures = sign_in_throttle.failures + 1, last_failure = excluded.last_failure
                returning failures""", Integer.class, key, Timestamp.from(now));
        Duration delay = backOff.delayAfter(failures == null ? 1 : failures);
        if (!delay.isZero()) {
            jdbc.update(
                    "update sign_in_throttle set blocked_until = ? where throttle_key = ?",
                    Timestamp.from(now.plus(delay)),
                    key);
        }
    }

    private static String accountKey(String username, String client) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 100 ? name.substring(0, 100) : name) + "|client:" + client;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
