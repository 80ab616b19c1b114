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
            @Nullable String overview) {

        /** The share of the expected progress that still counts as 順調 (default 60%). */
        public int onTrackShare() {
            return onTrackPercent == null ? 60 : onTrackPercent;
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
            @Nullable String notes) {}

    /** 指標の掲載. A placement may state its own target where the plan that places it sets a different one. */
    public record PlacementRow(
            String elementKey,
            String indicatorKey,
            PlacementRole role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue) {}

    /** 指標値. {@code value} null is a missing value (—). */
    public record ValueRow(
            String indicatorKey,
            int fiscalYear,
            @Nullable BigDecimal value,
            @Nullable BigDecimal subValue,
            @Nullable ReferencePoint reference,
            @Nullable String note,
            @Nullable String officialJudgement) {

        public boolean missing() {
            return value == null;
        }
    }

    /** 取組状況. */
    public record ProgressRow(String elementKey, int fiscalYear, String body) {}
}
