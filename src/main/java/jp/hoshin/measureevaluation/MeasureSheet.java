package jp.hoshin.measureevaluation;

import java.util.List;

import jp.hoshin.measureevaluation.ExternalReviews.MeasureReview;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import org.jspecify.annotations.Nullable;

/**
 * 施策評価シート as pages, PDFs, the CSV and the workbook show it: the measure in its plan, what is read from the data as
 * of the year (indicators, 取組状況, department-plan projects, 事務事業評価 sheets, total cost) and what is entered
 * ({@code evaluation}). {@code review} is the external committee's part, null when no committee module is present.
 */
public record MeasureSheet(
        Measure measure,
        List<String> ownerNames,
        MeasureEvaluationView evaluation,
        List<IndicatorLine> indicators,
        List<String> indicatorYears,
        @Nullable String progress,
        List<ProjectLine> projects,
        List<EvaluationLine> evaluations,
        TotalCost totalCost,
        @Nullable MeasureReview review) {

    /** An indicator of the measure as of the year: its values of the years shown, target and judgement. */
    public record IndicatorLine(
            String name, @Nullable String unit, List<String> values, String target, String judgement) {}

    /** A project of a department plan of the year that serves the measure. */
    public record ProjectLine(
            String departmentName,
            int number,
            String title,
            @Nullable String result) {}

    /** A 事務事業評価 sheet of the year linked to the measure: its direction and total cost of the year. */
    public record EvaluationLine(
            int number,
            String name,
            String departmentName,
            String stageLabel,
            @Nullable String direction,
            @Nullable Long totalCost) {}

    /** The measure's total cost: the sum of its sheets' トータルコスト, and how many sheets it rests on of how many. */
    public record TotalCost(@Nullable Long yen, int sheetsWithCost, int sheets) {}

    public String key() {
        return measure.key();
    }

    public String title() {
        return measure.title();
    }

    /** 部 / 政策 path as one line: 第1部 … ＞ 第2 …. */
    public String pathText() {
        return String.join(" ＞ ", measure.path().stream().map(e -> e.title()).toList());
    }
}
