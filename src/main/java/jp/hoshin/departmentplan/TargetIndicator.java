package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 目標指標 — a project's target as the plan writes it ("平成15年度末にアクセス件数330,000件") and, where
 * it has one, its structured form: measure, target value and unit, deadline, baseline and its year,
 * and the actual value recorded after the year.
 */
public record TargetIndicator(
        String text,
        @Nullable String measure,
        @Nullable BigDecimal targetValue,
        @Nullable String unit,
        @Nullable LocalDate deadline,
        @Nullable BigDecimal baselineValue,
        @Nullable Integer baselineYear,
        @Nullable BigDecimal actualValue) {

    public TargetIndicator {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.get("departmentplan.target.textRequired"));
        }
        if (actualValue != null && targetValue == null) {
            throw new IllegalArgumentException(Messages.get("departmentplan.target.actualWithoutTarget"));
        }
    }

    /** A target written only as text. */
    public static TargetIndicator text(String text) {
        return new TargetIndicator(text, null, null, null, null, null, null, null);
    }

    TargetIndicator withActual(@Nullable BigDecimal actual) {
        return new TargetIndicator(text, measure, targetValue, unit, deadline, baselineValue, baselineYear, actual);
    }
}
