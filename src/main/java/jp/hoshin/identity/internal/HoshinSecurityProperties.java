package jp.hoshin.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.security.*}: how long a session lives at most however active (default 12 h, see
 * {@link SessionLifetimeFilter}) and the back-off after failed sign-ins (see {@link SignInThrottle}).
 */
@ConfigurationProperties("hoshin.security")
record HoshinSecurityProperties(
        @DefaultValue("12h") Duration sessionAbsoluteLifetime,
        @DefaultValue SignIn signIn) {

    /**
     * {@code hoshin.security.sign-in.*}: failures without delay per (account, client address) (default 5) and per
     * client address (default 30), and the longest delay (default 15 min).
     */
    record SignIn(
            @DefaultValue("5") int freeFailures,
            @DefaultValue("30") int freeFailuresPerClient,
            @DefaultValue("15m") Duration maxDelay) {}
}
