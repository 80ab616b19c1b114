package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Hoshin's own reading of an indicator in a year (the city's official judgement is kept apart, in
 * {@link ValueRow#officialJudgement()}). Which value it rests on depends on how the indicator counts
 * ({@link Aggregation}):
 * <ul>
 *   <li>年間 (a flow of the year) — the latest whole-year 実績; a partial value (a 中間, or any value whose 参照時点
 *       is before the end of its fiscal year) is never judged against a yearly target;</li>
 *   <li>時点 (a state at a date) — the latest 実績 or 中間, at any date;</li>
 *   <li>累計 (a running total since the plan's base year) — the latest whole-year 実績, compared with the cumulative
 *       target from zero at the base year (or from the base year's value when one is reported);</li>
 *   <li>a state target (目標種別 状態) — 達成 when the latest value is the target state (策定, 設置); otherwise not
 *       judged, or 遅れ once the target year has passed.</li>
 * </ul>
 * A 見込 later than that 実績 gives a second judgement, labelled 見込み. When the value judged is older than the
 * plan's latest reported year the judgement says so; two years or more without a value is 判定なし（データが古い）.
 *
 * <p>The scheme ({@link JudgementScheme}) is either today's rule — from the baseline (the value of the plan's
 * baseline year, or the first value after it when that is missing, which the judgement then names) towards the
 * target: 達成, 悪化 (moved away past the baseline), 順調 (at least the plan's share, default 60%, of the progress
 * the elapsed years lead one to expect), 遅れ — or the plan's bands of the achievement rate (実績値 ÷ 目標値; for a
 * lower-is-better indicator 目標値 ÷ 実績値; for 「維持」 the baseline stands for the target) with the city's labels.
 * The year of a value is the time it refers to (a census of 平成28年 reported in 令和2年度 counts as 2016).
 */
public final class IndicatorJudgement {

    public enum Status {
        ACHIEVED("達成"),
        ON_TRACK("順調"),
        BEHIND("遅れ"),
        WORSENING("悪化"),
        NOT_JUDGED("判定なし");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The judgement of one indicator at one year, with the numbers it rests on: {@code label} is what the page shows
     * (the status, a band of the plan's own scheme such as 「A」, or 判定なし（データが古い））; {@code baselineYear} is
     * the year whose value served as the baseline when the plan's baseline year had none; {@code forecast} marks a
     * judgement of a 見込.
     */
    public record Judgement(
            Status status,
            int year,
            @Nullable BigDecimal progressPercent,
            @Nullable BigDecimal expectedPercent,
            String explanation,
            String label,
            @Nullable Integer baselineYear,
            boolean forecast) {

        public Judgement(
                Status status,
                int year,
                @Nullable BigDecimal progressPercent,
                @Nullable BigDecimal expectedPercent,
                String explanation) {
            this(status, year, progressPercent, expectedPercent, explanation, status.label(), null, false);
        }

        /** 見込み 順調 for a judgement of a forecast; the label otherwise. */
        public String shownLabel() {
            return forecast ? Messages.get("policy.judgement.forecastLabel", label) : label;
        }

        /** 令和2年度 (the fiscal year of the value it rests on, as pages name it). */
        public String yearLabel() {
            return FiscalYear.of(year).warekiLabel();
        }

        private Judgement explained(String before) {
            return new Judgement(
                    status,
                    year,
                    progressPercent,
                    expectedPercent,
                    before + explanation,
                    label,
                    baselineYear,
                    forecast);
        }

        private Judgement followedBy(String after) {
            return new Judgement(
                    status, year, progressPercent, expectedPercent, explanation + after, label, baselineYear, forecast);
        }

        private Judgement asForecast() {
            return new Judgement(
                    status, year, progressPercent, expectedPercent, explanation, label, baselineYear, true);
        }

        private Judgement withBaseline(@Nullable Integer substitute) {
            return new Judgement(
                    status, year, progressPercent, expectedPercent, explanation, label, substitute, forecast);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorJudgement() {}

    /** The rule as the page states it. */
    public static String rule(int onTrackShare) {
        return rule(JudgementScheme.progress(onTrackShare), null);
    }

    /** The rule as the page of a plan states it, naming the plan's baseline as its tables do (計画策定時, 戦略策定時). */
    public static String rule(int onTrackShare, @Nullable String baselineLabel) {
        return rule(JudgementScheme.progress(onTrackShare), baselineLabel);
    }

    /** The rule of a plan's scheme as its pages state it. */
    public static String rule(JudgementScheme scheme, @Nullable String baselineLabel) {
        String baseline = baselineLabel == null ? Messages.get("policy.judgement.rule.baseline") : baselineLabel;
        String main = scheme.bands() == null
                ? Messages.get("policy.judgement.rule.progress", baseline, scheme.onTrackShare())
                : Messages.get("policy.judgement.rule.bands", scheme.bands().describe(), baseline);
        return main + Messages.get("policy.judgement.rule.general");
    }

    static Judgement judge(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer baselineYear,
            int onTrackShare,
            List<ValueRow> values,
            int year) {
        return judge(
                indicator, targetYear, targetValue, baselineYear, JudgementScheme.progress(onTrackShare), values, year);
    }

    /**
     * The judgement of an indicator in a year (the plan's latest reported year) from its values up to then, any kind;
     * values must be in fiscal-year order.
     */
    static Judgement judge(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer baselineYear,
            JudgementScheme scheme,
            List<ValueRow> values,
            int year) {
        ValueRow now = latest(indicator, values, year);
        Judgement judgement;
        if (indicator.targetKind() == TargetKind.STATE) {
            judgement = state(indicator, targetYear, scheme, now, year);
        } else if (now == null) {
            judgement = notJudged(year, Messages.get("policy.judgement.noValue"));
        } else if (year - now.fiscalYear() >= 2) {
            judgement = new Judgement(
                    Status.NOT_JUDGED,
                    now.fiscalYear(),
                    null,
                    null,
                    Messages.get(
                            "policy.judgement.stale",
                            FiscalYear.of(now.fiscalYear()).warekiLabel()),
                    Messages.get("policy.judgement.staleLabel"),
                    null,
                    false);
        } else {
            judgement = measure(indicator, targetYear, targetValue, baselineYear, scheme, values, now);
        }
        if (now != null
                && now.fiscalYear() < year
                && judgement.status() != Status.NOT_JUDGED
                && indicator.targetKind() != TargetKind.STATE) {
            judgement = judgement.followedBy(Messages.get(
                    "policy.judgement.restsOn",
                    FiscalYear.of(now.fiscalYear()).warekiLabel(),
                    FiscalYear.of(year).warekiLabel()));
        }
        Optional<ValueRow> partial = latestPartial(indicator, values, now);
        if (partial.isPresent()) {
            ValueRow p = partial.get();
            judgement = judgement.followedBy(Messages.get(
                    "policy.judgement.partialNotJudged",
                    p.reference() == null
                            ? FiscalYear.of(p.fiscalYear()).warekiLabel()
                            : p.reference().label()));
        }
        return judgement;
    }

    /**
     * The second judgement, of the year-end forecast (見込) later than the latest 実績, labelled 見込み; empty when there
     * is none (or the indicator's target is a state).
     */
    static Optional<Judgement> judgeForecast(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer baselineYear,
            JudgementScheme scheme,
            List<ValueRow> values,
            int year) {
        if (indicator.targetKind() == TargetKind.STATE) {
            return Optional.empty();
        }
        ValueRow now = latest(indicator, values, Integer.MAX_VALUE);
        Optional<ValueRow> forecast = values.stream()
                .filter(v -> v.kind() == ValueKind.FORECAST && v.hasNumber())
                .filter(v -> now == null || v.fiscalYear() > now.fiscalYear())
                .reduce((a, b) -> b);
        if (forecast.isEmpty()) {
            return Optional.empty();
        }
        Judgement j = measure(indicator, targetYear, targetValue, baselineYear, scheme, values, forecast.get());
        return Optional.of(j.explained(Messages.get(
                        "policy.judgement.forecastOf",
                        FiscalYear.of(forecast.get().fiscalYear()).warekiLabel()))
                .asForecast());
    }

    /** The value a judgement rests on: the latest 実績 (and for 時点 also 中間) up to the year, whole-year unless 時点. */
    private static @Nullable ValueRow latest(IndicatorRow indicator, List<ValueRow> values, int year) {
        ValueRow found = null;
        for (ValueRow v : values) {
            if (v.fiscalYear() <= year && !v.missing() && judgeable(indicator, v)) {
                found = v;
            }
        }
        return found;
    }

    private static boolean judgeable(IndicatorRow indicator, ValueRow v) {
        if (indicator.targetKind() == TargetKind.STATE) {
            return v.kind() != ValueKind.FORECAST;
        }
        if (!v.hasNumber()) {
            return false;
        }
        return switch (indicator.aggregation()) {
            case POINT -> v.kind() != ValueKind.FORECAST;
            case FLOW, CUMULATIVE -> v.kind() == ValueKind.ACTUAL && !v.partial();
        };
    }

    /**
     * A partial value (年間 and 累計) later than the judged one, of any year given (the current year's 9月30日現在): shown
     * with its date, not judged.
     */
    private static Optional<ValueRow> latestPartial(
            IndicatorRow indicator, List<ValueRow> values, @Nullable ValueRow now) {
        if (indicator.aggregation() == Aggregation.POINT || indicator.targetKind() == TargetKind.STATE) {
            return Optional.empty();
        }
        return values.stream()
                .filter(v -> v.hasNumber() && v.kind() != ValueKind.FORECAST && v.partial())
                .filter(v -> now == null || v.fiscalYear() > now.fiscalYear())
                .reduce((a, b) -> b);
    }

    private static Judgement state(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            JudgementScheme scheme,
            @Nullable ValueRow now,
            int year) {
        String target = indicator.targetState() == null ? "" : indicator.targetState();
        if (now != null && now.state() != null && JapaneseText.fold(now.state()).equals(JapaneseText.fold(target))) {
            String label = scheme.banded() ? scheme.bands().bands().getFirst().label() : Status.ACHIEVED.label();
            return new Judgement(
                    Status.ACHIEVED,
                    now.fiscalYear(),
                    null,
                    null,
                    Messages.get(
                            "policy.judgement.stateReached",
                            target,
                            FiscalYear.of(now.fiscalYear()).warekiLabel()),
                    label,
                    null,
                    false);
        }
        if (targetYear != null && year > targetYear) {
            String label = scheme.banded() ? scheme.bands().bands().getLast().label() : Status.BEHIND.label();
            return new Judgement(
                    Status.BEHIND,
                    year,
                    null,
                    null,
                    Messages.get(
                            "policy.judgement.stateLate",
                            target,
                            FiscalYear.of(targetYear).warekiLabel()),
                    label,
                    null,
                    false);
        }
        return notJudged(now == null ? year : now.fiscalYear(), Messages.get("policy.judgement.stateNotYet", target));
    }

    /** Judges a value against the target from the baseline. */
    private static Judgement measure(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer baselineYear,
            JudgementScheme scheme,
            List<ValueRow> values,
            ValueRow now) {
        ValueRow base = null;
        for (ValueRow v : values) {
            if (v.hasNumber() && judgeable(indicator, v) && (baselineYear == null || v.fiscalYear() >= baselineYear)) {
                base = v;
                break;
            }
        }
        BigDecimal start;
        int baseYear;
        Integer substitute = null;
        if (indicator.aggregation() == Aggregation.CUMULATIVE
                && (base == null || baselineYear == null || base.fiscalYear() != baselineYear)) {
            // a running total starts from nothing at the base year
            start = BigDecimal.ZERO;
            baseYear = baselineYear != null ? baselineYear : firstYear(values) - 1;
            base = null;
        } else if (base == null) {
            return notJudged(now.fiscalYear(), Messages.get("policy.judgement.noValue"));
        } else {
            start = base.value();
            baseYear = timeOf(base);
            if (baselineYear != null && base.fiscalYear() != baselineYear) {
                substitute = base.fiscalYear();
            }
        }
        if (base == now) {
            return notJudged(now.fiscalYear(), Messages.get("policy.judgement.onlyBaseline"));
        }
        Judgement j = scheme.banded()
                ? banded(indicator, targetValue, scheme.bands(), start, now)
                : progress(indicator, targetYear, targetValue, scheme.onTrackShare(), start, baseYear, now);
        if (substitute != null) {
            j = j.followedBy(Messages.get(
                            "policy.judgement.substituteBaseline",
                            FiscalYear.of(baselineYear).warekiLabel(),
                            FiscalYear.of(substitute).warekiLabel()))
                    .withBaseline(substitute);
        }
        return j;
    }

    private static int firstYear(List<ValueRow> values) {
        return values.stream()
                .filter(ValueRow::hasNumber)
                .mapToInt(ValueRow::fiscalYear)
                .min()
                .orElse(0);
    }

    /** Today's rule: progress from the baseline against the progress the elapsed years lead one to expect. */
    private static Judgement progress(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            int onTrackShare,
            BigDecimal start,
            int baseYear,
            ValueRow now) {
        BigDecimal cur = now.value();
        boolean down = indicator.direction() == Direction.DOWN;
        if (indicator.targetKind() == TargetKind.KEEP || targetValue == null) {
            boolean kept = down ? cur.compareTo(start) <= 0 : cur.compareTo(start) >= 0;
            return new Judgement(
                    kept ? Status.ACHIEVED : Status.WORSENING,
                    now.fiscalYear(),
                    null,
                    null,
                    Messages.get(kept ? "policy.judgement.kept" : "policy.judgement.notKept"));
        }
        boolean reached = down ? cur.compareTo(targetValue) <= 0 : cur.compareTo(targetValue) >= 0;
        if (reached) {
            return new Judgement(
                    Status.ACHIEVED, now.fiscalYear(), HUNDRED, null, Messages.get("policy.judgement.reached"));
        }
        BigDecimal span = targetValue.subtract(start);
        if (span.signum() == 0) {
            return new Judgement(
                    Status.WORSENING, now.fiscalYear(), null, null, Messages.get("policy.judgement.awayFromSame"));
        }
        BigDecimal progress = cur.subtract(start).multiply(HUNDRED).divide(span, 1, RoundingMode.HALF_UP);
        if (progress.compareTo(HUNDRED) > 0) {
            // the target lies on the worse side of the baseline (製造業事業所数: 326 → target 240, now 231): past it means
            // worse than both
            return new Judgement(
                    Status.WORSENING, now.fiscalYear(), null, null, Messages.get("policy.judgement.worseThanBoth"));
        }
        if (progress.signum() < 0) {
            return new Judgement(
                    Status.WORSENING,
                    now.fiscalYear(),
                    progress,
                    null,
                    Messages.get("policy.judgement.worse", progress.toPlainString()));
        }
        int valueYear = timeOf(now);
        int goalYear = targetYear == null ? valueYear : targetYear;
        if (valueYear >= goalYear || goalYear <= baseYear) {
            return new Judgement(
                    Status.BEHIND,
                    now.fiscalYear(),
                    progress,
                    HUNDRED,
                    Messages.get("policy.judgement.targetYearPassed", progress.toPlainString()));
        }
        BigDecimal expected = BigDecimal.valueOf(Math.max(0, valueYear - baseYear) * 100L)
                .divide(BigDecimal.valueOf(goalYear - baseYear), 1, RoundingMode.HALF_UP);
        boolean onTrack = expected.signum() == 0
                || progress.multiply(HUNDRED).compareTo(expected.multiply(BigDecimal.valueOf(onTrackShare))) >= 0;
        return new Judgement(
                onTrack ? Status.ON_TRACK : Status.BEHIND,
                now.fiscalYear(),
                progress,
                expected,
                Messages.get("policy.judgement.progress", progress.toPlainString(), expected.toPlainString()));
    }

    /** The plan's own bands of the achievement rate (実績値 ÷ 目標値, or 目標値 ÷ 実績値 for lower-is-better). */
    private static Judgement banded(
            IndicatorRow indicator,
            @Nullable BigDecimal targetValue,
            JudgementBands bands,
            BigDecimal start,
            ValueRow now) {
        BigDecimal cur = now.value();
        BigDecimal goal = indicator.targetKind() == TargetKind.KEEP || targetValue == null ? start : targetValue;
        boolean down = indicator.direction() == Direction.DOWN;
        BigDecimal numerator = down ? goal : cur;
        BigDecimal denominator = down ? cur : goal;
        BigDecimal rate;
        if (denominator.signum() == 0) {
            boolean reached = down ? cur.compareTo(goal) <= 0 : cur.compareTo(goal) >= 0;
            if (!reached) {
                return notJudged(now.fiscalYear(), Messages.get("policy.judgement.noRate"));
            }
            rate = HUNDRED;
        } else {
            rate = numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
        }
        JudgementBands.Band band = bands.of(rate);
        Status status =
                rate.compareTo(HUNDRED) >= 0 ? Status.ACHIEVED : bands.lowest(band) ? Status.BEHIND : Status.ON_TRACK;
        String range = band.from() == null
                ? Messages.get("policy.judgement.bands.below", band.label())
                : Messages.get(
                        "policy.judgement.bands.from", band.label(), band.from().toPlainString());
        return new Judgement(
                status,
                now.fiscalYear(),
                rate,
                null,
                Messages.get(down ? "policy.judgement.rateDown" : "policy.judgement.rate", rate.toPlainString(), range),
                band.label(),
                null,
                false);
    }

    private static int timeOf(ValueRow v) {
        return v.reference() == null ? v.fiscalYear() : v.reference().date().getYear();
    }

    private static Judgement notJudged(int year, String why) {
        return new Judgement(Status.NOT_JUDGED, year, null, null, why);
    }
}
