package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.hoshin.shared.JapaneseDates;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the plan data tables (docs/plan-data-format.md) as values: what an import writes, what
 * an export reads, and what pages show. Equal rows mean unchanged data, so an import of an export
 * changes nothing.
 */
public final class PolicyRows {

    private PolicyRows() {}

    /** 計画. */
    public record PlanRow(
            String key,
            PolicyPlanKind kind,
            String name,
            @Nullable String parentKey,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            @Nullable Integer targetYear,
            @Nullable Integer baselineYear,
            @Nullable String baselineLabel,
            @Nullable Integer onTrackPercent,
            @Nullable String overview,
            @Nullable JudgementBands judgementBands) {

        /** A plan judged by today's rule (progress against elapsed time). */
        public PlanRow(
                String key,
                PolicyPlanKind kind,
                String name,
                @Nullable String parentKey,
                @Nullable Integer startYear,
                @Nullable Integer endYear,
                @Nullable Integer targetYear,
                @Nullable Integer baselineYear,
                @Nullable String baselineLabel,
                @Nullable Integer onTrackPercent,
                @Nullable String overview) {
            this(
                    key,
                    kind,
                    name,
                    parentKey,
                    startYear,
                    endYear,
                    targetYear,
                    baselineYear,
                    baselineLabel,
                    onTrackPercent,
                    overview,
                    null);
        }

        /** The share of the expected progress that still counts as 順調 (default 60%). */
        public int onTrackShare() {
            return onTrackPercent == null ? 60 : onTrackPercent;
        }

        /** How the plan's indicators are judged: its bands of the achievement rate, or progress against time. */
        public JudgementScheme scheme() {
            return judgementBands == null
                    ? JudgementScheme.progress(onTrackShare())
                    : JudgementScheme.bands(judgementBands);
        }
    }

    /** 改定. */
    public record RevisionRow(
            String planKey,
            int seq,
            String name,
            @Nullable LocalDate adoptedOn,
            JapaneseDates.@Nullable Precision adoptedPrecision,
            @Nullable Integer targetYear,
            @Nullable String note) {}

    /** 期間区分. */
    public record PhaseRow(String planKey, String name, int startYear, int endYear) {}

    /** 体系. */
    public record ElementRow(
            String planKey,
            String key,
            ElementKind kind,
            @Nullable String parentKey,
            @Nullable String number,
            String name,
            @Nullable String owners,
            boolean main,
            @Nullable String relatedKey,
            @Nullable String overview) {

        /** 第4-1 国際化の推進 — number and name as headings show them. */
        public String title() {
            return number == null ? name : number + " " + name;
        }
    }

    /** 指標. */
    public record IndicatorRow(
            String key,
            String name,
            @Nullable String unit,
            @Nullable String subName,
            @Nullable String subUnit,
            @Nullable String mainName,
            Direction direction,
            TargetKind targetKind,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable BigDecimal targetSubValue,
            @Nullable String targetNote,
            @Nullable String targetState,
            @Nullable String notes,
            Aggregation aggregation) {

        /** An indicator counted as a state at a date (時点), as files without the 集計 column mean. */
        public IndicatorRow(
                String key,
                String name,
                @Nullable String unit,
                @Nullable String subName,
                @Nullable String subUnit,
                @Nullable String mainName,
                Direction direction,
                TargetKind targetKind,
                @Nullable Integer targetYear,
                @Nullable BigDecimal targetValue,
                @Nullable BigDecimal targetSubValue,
                @Nullable String targetNote,
                @Nullable String targetState,
                @Nullable String notes) {
            this(
                    key,
                    name,
                    unit,
                    subName,
                    subUnit,
                    mainName,
                    direction,
                    targetKind,
                    targetYear,
                    targetValue,
                    targetSubValue,
                    targetNote,
                    targetState,
                    notes,
                    Aggregation.POINT);
        }
    }

    /** 指標の掲載. A placement may state its own target where the plan that places it sets a different one. */
    public record PlacementRow(
            String elementKey,
            String indicatorKey,
            PlacementRole role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue) {}

    /**
     * 指標値: one row per indicator, fiscal year and kind (実績, 見込, 中間). {@code value} and {@code state} both null is
     * a missing value (—, なし: not measured, or a state not reached yet); {@code state} is the state a state
     * indicator reached (策定, 設置).
     */
    public record ValueRow(
            String indicatorKey,
            int fiscalYear,
            @Nullable BigDecimal value,
            @Nullable BigDecimal subValue,
            @Nullable ReferencePoint reference,
            @Nullable String note,
            @Nullable String officialJudgement,
            ValueKind kind,
            @Nullable String state) {

        /** A 実績 with a number (or missing when {@code value} is null). */
        public ValueRow(
                String indicatorKey,
                int fiscalYear,
                @Nullable BigDecimal value,
                @Nullable BigDecimal subValue,
                @Nullable ReferencePoint reference,
                @Nullable String note,
                @Nullable String officialJudgement) {
            this(indicatorKey, fiscalYear, value, subValue, reference, note, officialJudgement, ValueKind.ACTUAL, null);
        }

        public boolean missing() {
            return value == null && state == null;
        }

        /** Whether the row holds a number (a state indicator's row holds a state instead). */
        public boolean hasNumber() {
            return value != null;
        }

        public boolean actual() {
            return kind == ValueKind.ACTUAL;
        }

        /**
         * Whether the value covers only part of its fiscal year: a 中間, or any value whose 参照時点 is a date before
         * the fiscal year's end (31 March of the next calendar year).
         */
        public boolean partial() {
            return kind == ValueKind.INTERIM
                    || (reference != null
                            && reference.kind() == ReferencePoint.Kind.DATE
                            && reference.date().isBefore(LocalDate.of(fiscalYear + 1, 3, 31)));
        }
    }

    /** 取組状況. */
    public record ProgressRow(String elementKey, int fiscalYear, String body) {}
}
