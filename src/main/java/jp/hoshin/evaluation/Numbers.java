package jp.hoshin.evaluation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Keeps decimals in one form (no trailing zeros, scale ≥ 0) so that 1.50 and 1.5 are the same value. */
final class Numbers {

    private Numbers() {}

    static @Nullable BigDecimal normal(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal n = value.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
