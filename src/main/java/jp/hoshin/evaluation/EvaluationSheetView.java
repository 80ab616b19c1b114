package jp.hoshin.evaluation;

import java.util.List;
import java.util.Map;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation sheet as pages, documents and other modules read it. {@code year} is the fiscal year it
 * evaluates; {@code laborUnitCosts} the 人件費単価 per fiscal year its costs are computed with; {@code columns} the
 * year columns its tables show (the municipality's form as it is now, {@link SheetLayout#columns}).
 */
public record EvaluationSheetView(
        long id,
        long fiscalYearId,
        int year,
        int number,
        String departmentCode,
        SheetContent content,
        EvaluationStage stage,
        Assessment first,
        Assessment second,
        @Nullable String externalComment,
        @Nullable String finalDirection,
        int revision,
        @Nullable String revisionReason,
        @Nullable Long carriedFromId,
        boolean illustrative,
        Map<Integer, Long> laborUnitCosts,
        long version,
        List<YearColumn> columns) {

    public EvaluationSheetView {
        finalDirection = FutureDirection.stored(finalDirection);
        // a published copy kept before the columns could be set has none: the default form
        columns = columns == null || columns.isEmpty() ? SheetLayout.DEFAULT.columns() : List.copyOf(columns);
    }

    /** The note shown with illustrative (made-up) data. */
    public static final String ILLUSTRATIVE_NOTE = Messages.get("evaluation.sheet.illustrativeNote");

    /** This view at another stage (the published copy a sheet keeps is its view at 公表). */
    public EvaluationSheetView withStage(EvaluationStage to) {
        return new EvaluationSheetView(
                id,
                fiscalYearId,
                year,
                number,
                departmentCode,
                content,
                to,
                first,
                second,
                externalComment,
                finalDirection,
                revision,
                revisionReason,
                carriedFromId,
                illustrative,
                laborUnitCosts,
                version,
                columns);
    }

    /** This view with the year columns of the municipality's form as it is now. */
    public EvaluationSheetView withColumns(List<YearColumn> to) {
        return new EvaluationSheetView(
                id,
                fiscalYearId,
                year,
                number,
                departmentCode,
                content,
                stage,
                first,
                second,
                externalComment,
                finalDirection,
                revision,
                revisionReason,
                carriedFromId,
                illustrative,
                laborUnitCosts,
                version,
                to);
    }

    /** The fiscal years of the columns the sheet shows, in column order (by default two years before and the year). */
    public List<Integer> years() {
        return columns.stream().map(c -> c.year(year)).toList();
    }

    /** The headings of the year columns: 「2023年度」, or with the column's kind 「令和5（2023）年度 決算」. */
    public List<String> headings() {
        return columns.stream().map(c -> c.heading(year)).toList();
    }

    public CostBreakdown breakdown(int fiscalYear) {
        return CostBreakdown.of(
                content.cost(fiscalYear), laborUnitCosts.get(fiscalYear), content.unitDenominator(fiscalYear));
    }

    public List<CostBreakdown> breakdowns() {
        return years().stream().map(this::breakdown).toList();
    }

    public boolean frozen() {
        return stage == EvaluationStage.FINALIZED || stage == EvaluationStage.PUBLISHED;
    }

    /** The stage whose assessment decided the direction: 二次 overrides 一次. */
    public String directionSource() {
        if (second.direction() != null) {
            return Messages.get("evaluation.directionSource.second");
        }
        return first.direction() != null ? Messages.get("evaluation.directionSource.first") : "";
    }
}
