package jp.hoshin.identity.internal;

import java.time.Duration;

/**
 * Exponential back-off after failed sign-ins: the first {@code freeFailures} cost nothing, then each
 * further failure blocks for {@code base × 2^(n − freeFailures − 1)}, at most {@code max}.
 */
record BackOff(int freeFailures, Duration base, Duration max) {

    BackOff {
        if (freeFailures < 1 || base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs at least one free failure and 0 < base <= max");
        }
    }

    /** How long to refuse sign-ins after {@code failures} failures in a row. */
    Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        if (over > 30) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << (over - 1));
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
