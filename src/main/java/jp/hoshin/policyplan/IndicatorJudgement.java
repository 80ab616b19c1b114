package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import org.jspecify.annotations.Nullable;

/**
 * Hoshin's own reading of an indicator in a year (the city's official judgement is kept apart, in
 * {@link ValueRow#officialJudgement()}). From the baseline (the value of the plan's baseline year, or
 * the first value after it when that is missing) towards the target:
 * <ul>
 *   <li>達成 — the target is reached (for 「維持」, the baseline is kept);</li>
 *   <li>悪化 — the value moved away from the target, past the baseline;</li>
 *   <li>順調 — progress is at least the plan's share (default 60%) of what the elapsed years lead one to
 *       expect: years since the baseline divided by years from baseline to target year;</li>
 *   <li>遅れ — less than that, or the target year has passed without reaching the target;</li>
 *   <li>判定なし — a state target, or no baseline or current value.</li>
 * </ul>
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

    /** The judgement of one indicator at one year, with the numbers it rests on. */
    public record Judgement(
            Status status,
            int year,
            @Nullable BigDecimal progressPercent,
            @Nullable BigDecimal expectedPercent,
            String explanation) {}

    private IndicatorJudgement() {}

    /** The rule as the page states it. */
    public static String rule(int onTrackShare) {
        return rule(onTrackShare, null);
    }

    /** The rule as the page of a plan states it, naming the plan's baseline as its tables do (計画策定時, 戦略策定時). */
    public static String rule(int onTrackShare, @Nullable String baselineLabel) {
        return (baselineLabel == null ? "計画策定時" : baselineLabel) + "の値（基準値）から目標値までの進み具合を、経過年数から見込まれる進み具合と比べて判定します。"
                + "目標に届いていれば「達成」、基準値より悪くなっていれば「悪化」、見込みの" + onTrackShare + "%以上進んでいれば「順調」、"
                + "それ未満か目標年度を過ぎても届いていなければ「遅れ」です。目標が「維持」の指標は基準値を保っていれば「達成」、"
                + "目標が状態（「都市計画決定」など）の指標は数値で判定しません。値が別の時点を指すとき（平成28年の調査など）は、その時点で判定します。"
                + "市が公表した評価とは別に、Hoshinがデータから計算したものです。";
    }

    static Judgement judge(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer baselineYear,
            int onTrackShare,
            List<ValueRow> values,
            int year) {
        Optional<ValueRow> current = values.stream()
                .filter(v -> v.fiscalYear() <= year && !v.missing())
                .reduce((a, b) -> b);
        if (indicator.targetKind() == TargetKind.STATE) {
            return notJudged(year, "目標が「" + indicator.targetState() + "」のため、数値では判定しません。");
        }
        Optional<ValueRow> baseline = values.stream()
                .filter(v -> !v.missing() && (baselineYear == null || v.fiscalYear() >= baselineYear))
                .findFirst();
        if (current.isEmpty() || baseline.isEmpty()) {
            return notJudged(year, "判定に必要な値がありません。");
        }
        ValueRow now = current.get();
        ValueRow base = baseline.get();
        if (now == base) {
            return notJudged(now.fiscalYear(), "基準値のほかに値がありません。");
        }
        BigDecimal cur = now.value();
        BigDecimal start = base.value();
        boolean down = indicator.direction() == Direction.DOWN;
        if (indicator.targetKind() == TargetKind.KEEP || targetValue == null) {
            boolean kept = down ? cur.compareTo(start) <= 0 : cur.compareTo(start) >= 0;
            return new Judgement(
                    kept ? Status.ACHIEVED : Status.WORSENING,
                    now.fiscalYear(),
                    null,
                    null,
                    kept ? "基準値を維持しています。" : "基準値を下回っています。");
        }
        boolean reached = down ? cur.compareTo(targetValue) <= 0 : cur.compareTo(targetValue) >= 0;
        if (reached) {
            return new Judgement(Status.ACHIEVED, now.fiscalYear(), BigDecimal.valueOf(100), null, "目標値に達しています。");
        }
        BigDecimal span = targetValue.subtract(start);
        if (span.signum() == 0) {
            return new Judgement(Status.WORSENING, now.fiscalYear(), null, null, "基準値と同じ目標値から離れています。");
        }
        BigDecimal progress =
                cur.subtract(start).multiply(BigDecimal.valueOf(100)).divide(span, 1, RoundingMode.HALF_UP);
        if (progress.compareTo(BigDecimal.valueOf(100)) > 0) {
            // the target lies on the worse side of the baseline (製造業事業所数: 326 → target 240, now 231): past it means
            // worse than both
            return new Judgement(Status.WORSENING, now.fiscalYear(), null, null, "基準値より悪くなり、目標値にも届いていません。");
        }
        if (progress.signum() < 0) {
            return new Judgement(
                    Status.WORSENING,
                    now.fiscalYear(),
                    progress,
                    null,
                    "基準値より悪くなっています（進捗 " + progress.toPlainString() + "%）。");
        }
        int valueYear = timeOf(now);
        int baseYear = timeOf(base);
        int goalYear = targetYear == null ? valueYear : targetYear;
        if (valueYear >= goalYear || goalYear <= baseYear) {
            return new Judgement(
                    Status.BEHIND,
                    now.fiscalYear(),
                    progress,
                    BigDecimal.valueOf(100),
                    "目標年度を迎えましたが目標値に届いていません（進捗 " + progress.toPlainString() + "%）。");
        }
        BigDecimal expected = BigDecimal.valueOf(Math.max(0, valueYear - baseYear) * 100L)
                .divide(BigDecimal.valueOf(goalYear - baseYear), 1, RoundingMode.HALF_UP);
        boolean onTrack = expected.signum() == 0
                || progress.multiply(BigDecimal.valueOf(100))
                                .compareTo(expected.multiply(BigDecimal.valueOf(onTrackShare)))
                        >= 0;
        return new Judgement(
                onTrack ? Status.ON_TRACK : Status.BEHIND,
                now.fiscalYear(),
                progress,
                expected,
                "進捗 " + progress.toPlainString() + "%（経過年数からの見込み " + expected.toPlainString() + "%）。");
    }

    private static int timeOf(ValueRow v) {
        return v.reference() == null ? v.fiscalYear() : v.reference().date().getYear();
    }

    private static Judgement notJudged(int year, String why) {
        return new Judgement(Status.NOT_JUDGED, year, null, null, why);
    }
}
