package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 活動指標・成果指標 — an indicator of the sheet with its target and actual per fiscal year. A 減少 indicator
 * ({@code decreasing}) is better the lower it is (e.g. 待機児童数).
 */
public record PerformanceIndicator(
        IndicatorKind kind, String name, @Nullable String unit, boolean decreasing, List<IndicatorFigure> figures) {

    public PerformanceIndicator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.get("evaluation.indicator.nameRequired"));
        }
        name = name.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        figures = figures.stream()
                .filter(f -> !f.empty())
                .sorted(Comparator.comparingInt(IndicatorFigure::year))
                .toList();
    }

    public Optional<IndicatorFigure> figure(int year) {
        return figures.stream().filter(f -> f.year() == year).findFirst();
    }

    public @Nullable BigDecimal target(int year) {
        return figure(year).map(IndicatorFigure::target).orElse(null);
    }

    public @Nullable BigDecimal actual(int year) {
        return figure(year).map(IndicatorFigure::actual).orElse(null);
    }

    /**
     * 達成率 in percent, one decimal (四捨五入): actual ÷ target × 100, or for a 減少 indicator target ÷ actual × 100
     * (reaching a lower value than the target is more than 100%). Null when either value is missing or the
     * divisor is zero.
     */
    public @Nullable BigDecimal achievementRate(int year) {
        return achievementRate(target(year), actual(year), decreasing);
    }

    static @Nullable BigDecimal achievementRate(
            @Nullable BigDecimal target, @Nullable BigDecimal actual, boolean decreasing) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal numerator = decreasing ? target : actual;
        BigDecimal divisor = decreasing ? actual : target;
        if (divisor.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(divisor, 1, RoundingMode.HALF_UP);
    }

    /** The same indicator with every figure kept (the series runs on into the next year). */
    PerformanceIndicator withFigures(List<IndicatorFigure> newFigures) {
        return new PerformanceIndicator(kind, name, unit, decreasing, newFigures);
    }
}
