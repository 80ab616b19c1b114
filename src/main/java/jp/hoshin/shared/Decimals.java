package jp.hoshin.shared;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Decimals in one form: no trailing zeros, scale ≥ 0 (1.50 and 1.5 are one value; 4E+5 is written 400000). The one
 * place that decides how an entered number is kept, for imports, indicators and evaluation sheets alike.
 */
public final class Decimals {

    private Decimals() {}

    public static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
