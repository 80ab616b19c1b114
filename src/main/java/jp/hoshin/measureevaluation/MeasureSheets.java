package jp.hoshin.measureevaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.measureevaluation.ExternalReviews.MeasureReview;
import jp.hoshin.measureevaluation.MeasureSheet.EvaluationLine;
import jp.hoshin.measureevaluation.MeasureSheet.IndicatorLine;
import jp.hoshin.measureevaluation.MeasureSheet.ProjectLine;
import jp.hoshin.measureevaluation.MeasureSheet.TotalCost;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.ElementOwners;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.display.IndicatorFormat;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts sheets together from the data as of the year. One {@link Batch} reads each plan's indicators and progress texts
 * and the year's evaluation sheets once, however many measures it assembles. Runs in its callers' transactions.
 */
@Component
class MeasureSheets {

    /** How many fiscal years of indicator values a sheet shows (the year and the ones before). */
    static final int INDICATOR_YEARS = 3;

    private final PolicyPlans policyPlans;
    private final PublishedPlans publishedPlans;
    private final Evaluations evaluations;
    private final PublishedEvaluations publishedEvaluations;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final ObjectProvider<ExternalReviews> externalReviews;

    MeasureSheets(
            PolicyPlans policyPlans,
            PublishedPlans publishedPlans,
            Evaluations evaluations,
            PublishedEvaluations publishedEvaluations,
            FiscalYears fiscalYears,
            Organization organization,
            ObjectProvider<ExternalReviews> externalReviews) {
        this.policyPlans = policyPlans;
        this.publishedPlans = publishedPlans;
        this.evaluations = evaluations;
        this.publishedEvaluations = publishedEvaluations;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.externalReviews = externalReviews;
    }

    /**
     * A batch for one municipality and year. {@code publicOnly}: only published 事務事業評価 sheets count (what citizens
     * read); otherwise every sheet of the year, at whatever stage.
     */
    Batch batch(String municipalityCode, int year, boolean publicOnly) {
        return new Batch(municipalityCode, year, publicOnly);
    }

    final class Batch {
        private final String code;
        private final int year;
        private final Map<String, Map<String, List<PlacedIndicator>>> indicators = new HashMap<>();
        private final Map<String, Map<String, String>> progress = new HashMap<>();
        private final Map<String, List<EvaluationSheetView>> sheetsByElement;
        private final Map<String, String> departmentNames;
        private final @Nullable ExternalReviews reviews;

        private Batch(String code, int year, boolean publicOnly) {
            this.code = code;
            this.year = year;
            FiscalYearView fy = fiscalYears.get(code, year);
            List<EvaluationSheetView> sheets =
                    publicOnly ? publishedEvaluations.published(code, year) : evaluations.sheets(code, year);
            this.sheetsByElement = sheets.stream()
                    .filter(s -> s.content().policyElementKey() != null)
                    .collect(Collectors.groupingBy(s -> s.content().policyElementKey()));
            this.departmentNames = organization.departments(fy).stream()
                    .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name, (a, b) -> a));
            this.reviews = externalReviews.getIfAvailable();
        }

        Map<String, String> departmentNames() {
            return departmentNames;
        }

        MeasureSheet sheet(Measure measure, MeasureEvaluationView evaluation) {
            List<PlacedIndicator> placed = indicators
                    .computeIfAbsent(measure.planKey(), p -> policyPlans.indicatorsOf(code, p, year))
                    .getOrDefault(measure.key(), List.of());
            List<Integer> years = new ArrayList<>();
            for (int y = year - INDICATOR_YEARS + 1; y <= year; y++) {
                years.add(y);
            }
            List<IndicatorLine> lines = placed.stream()
                    .map(p -> new IndicatorLine(
                            p.indicator().name(),
                            p.indicator().unit(),
                            years.stream().map(y -> valueText(p, y)).toList(),
                            IndicatorFormat.target(p, null).text(),
                            p.judgement().shownLabel()))
                    .toList();
            String text = progress.computeIfAbsent(measure.planKey(), p -> policyPlans.progressOf(code, p, year))
                    .get(measure.key());
            List<ProjectLine> projects = publishedPlans.linkedTo(code, measure.key()).stream()
                    .filter(l -> l.fiscalYear().year().startYear() == year)
                    .map(l -> new ProjectLine(
                            l.departmentName(),
                            l.project().number(),
                            l.project().title(),
                            l.project().result()))
                    .toList();
            List<EvaluationSheetView> linked = sheetsByElement.getOrDefault(measure.key(), List.of());
            List<EvaluationLine> evaluationLines = linked.stream()
                    .map(s -> new EvaluationLine(
                            s.number(),
                            s.content().name(),
                            departmentNames.getOrDefault(s.departmentCode(), s.departmentCode()),
                            s.stage().label(),
                            s.finalDirection(),
                            s.breakdown(year).totalCost()))
                    .toList();
            long sum = 0;
            int withCost = 0;
            for (EvaluationLine l : evaluationLines) {
                if (l.totalCost() != null) {
                    sum += l.totalCost();
                    withCost++;
                }
            }
            TotalCost total = new TotalCost(withCost == 0 ? null : sum, withCost, evaluationLines.size());
            MeasureReview review = reviews == null ? null : said(reviews.of(code, year, measure.id()));
            return new MeasureSheet(
                    measure,
                    ownerNames(measure),
                    evaluation,
                    lines,
                    years.stream().map(y -> FiscalYear.of(y).label()).toList(),
                    text,
                    projects,
                    evaluationLines,
                    total,
                    review);
        }

        private List<String> ownerNames(Measure measure) {
            if (measure.ownerCodes().contains(ElementOwners.EVERY_DEPARTMENT)) {
                return List.of(Messages.get("measureEvaluation.owner.every"));
            }
            if (measure.ownerCodes().isEmpty() && measure.element().owners() != null) {
                return List.of(measure.element().owners());
            }
            return measure.ownerCodes().stream()
                    .map(c -> departmentNames.getOrDefault(c, c))
                    .toList();
        }
    }

    private static String valueText(PlacedIndicator placed, int year) {
        return placed.value(year)
                .map(v -> IndicatorFormat.value(placed, v).text())
                .orElse("—");
    }

    /** What the committee said, or null when it said nothing about the measure (the sheet then has no committee part). */
    private static @Nullable MeasureReview said(MeasureReview review) {
        return review.rating().isBlank()
                        && review.thisYear().isEmpty()
                        && review.stillOpen().isEmpty()
                ? null
                : review;
    }
}
