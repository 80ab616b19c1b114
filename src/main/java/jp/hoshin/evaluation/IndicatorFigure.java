package jp.hoshin.evaluation;

import java.math.BigDecimal;

import jp.hoshin.shared.Decimals;
import org.jspecify.annotations.Nullable;

/** An indicator's target and actual value for one fiscal year (either may be missing). */
public record IndicatorFigure(
        int year, @Nullable BigDecimal target, @Nullable BigDecimal actual) {

    public IndicatorFigure {
        target = Decimals.plain(target);
        actual = Decimals.plain(actual);
    }

    boolean empty() {
        return target == null && actual == null;
    }
}
