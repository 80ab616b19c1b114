package jp.hoshin.whitepaper;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.measureevaluation.PublishedMeasureEvaluations;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.ElementKind;
import jp.hoshin.policyplan.PlacementRole;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.policyplan.display.IndicatorChart;
import jp.hoshin.policyplan.display.IndicatorTable;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.whitepaper.WhitePaperContent.ActionPlanPart;
import jp.hoshin.whitepaper.WhitePaperContent.BasicPlanPart;
import jp.hoshin.whitepaper.WhitePaperContent.Chapter;
import jp.hoshin.whitepaper.WhitePaperContent.Chart;
import jp.hoshin.whitepaper.WhitePaperContent.DepartmentResult;
import jp.hoshin.whitepaper.WhitePaperContent.Division;
import jp.hoshin.whitepaper.WhitePaperContent.EvaluatedMeasure;
import jp.hoshin.whitepaper.WhitePaperContent.EvaluatedProject;
import jp.hoshin.whitepaper.WhitePaperContent.EvaluationDepartment;
import jp.hoshin.whitepaper.WhitePaperContent.EvaluationPart;
import jp.hoshin.whitepaper.WhitePaperContent.Goal;
import jp.hoshin.whitepaper.WhitePaperContent.Item;
import jp.hoshin.whitepaper.WhitePaperContent.Measure;
import jp.hoshin.whitepaper.WhitePaperContent.MeasureEvaluationPart;
import jp.hoshin.whitepaper.WhitePaperContent.Principle;
import jp.hoshin.whitepaper.WhitePaperContent.ProjectResult;
import jp.hoshin.whitepaper.WhitePaperContent.StrategyPart;
import jp.hoshin.whitepaper.WhitePaperContent.SystemSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Puts a year's white paper together from the plans, indicators, progress texts and department plans. */
@Component
class WhitePaperAssembly {

    static final String BASIC_PLAN = "basic-plan";
    static final String STRATEGY = "strategy";
    static final String ACTION_PLAN = "action-plan";
    static final String RESULTS = "department-results";
    static final String EVALUATIONS = "evaluations";
    static final String MEASURE_EVALUATIONS = "measure-evaluations";

    private final PolicyPlans plans;
    private final PublishedPlans departmentPlans;
    private final PublishedEvaluations evaluations;
    private final FiscalYears fiscalYears;
    private final ProgressScales scales;
    private final PublishedMeasureEvaluations measureEvaluations;

    WhitePaperAssembly(
            PolicyPlans plans,
            PublishedPlans departmentPlans,
            PublishedEvaluations evaluations,
            FiscalYears fiscalYears,
            ProgressScales scales,
            PublishedMeasureEvaluations measureEvaluations) {
        this.scales = scales;
        this.measureEvaluations = measureEvaluations;
        this.plans = plans;
        this.departmentPlans = departmentPlans;
        this.evaluations = evaluations;
        this.fiscalYears = fiscalYears;
    }

    WhitePaperContent assemble(
            MunicipalityView m, FiscalYear year, FrontMatter front, ChapterChoice choice, String issuedOn) {
        List<Chapter> chapters = new ArrayList<>();
        int year0 = year.startYear();
        if (choice.basicPlanKey() != null) {
            BasicPlanPart basic = basicPlan(m.code(), choice.basicPlanKey(), year0);
            StrategyPart strategy =
                    choice.strategyKey() == null ? null : strategy(m.code(), choice.strategyKey(), year0, 3);
            chapters.add(new Chapter(
                    BASIC_PLAN,
                    chapters.size() + 1,
                    Messages.get("whitePaper.chapter.basicPlan", basic.plan().name()),
                    BASIC_PLAN,
                    paragraphs(choice.introBasicPlan()),
                    basic,
                    strategy,
                    null,
                    List.of(),
                    null));
        } else if (choice.strategyKey() != null) {
            StrategyPart strategy = strategy(m.code(), choice.strategyKey(), year0, 1);
            chapters.add(new Chapter(
                    STRATEGY,
                    chapters.size() + 1,
                    Messages.get("whitePaper.chapter.strategy", strategy.plan().name()),
                    STRATEGY,
                    paragraphs(choice.introBasicPlan()),
                    null,
                    strategy,
                    null,
                    List.of(),
                    null));
        }
        if (choice.actionPlanKey() != null) {
            ActionPlanPart action = actionPlan(m.code(), choice.actionPlanKey(), year0);
            chapters.add(new Chapter(
                    ACTION_PLAN,
                    chapters.size() + 1,
                    Messages.get("whitePaper.chapter.actionPlan"),
                    ACTION_PLAN,
                    paragraphs(choice.introActionPlan()),
                    null,
                    null,
                    action,
                    List.of(),
                    null));
        }
        if (choice.departmentResults()) {
            chapters.add(new Chapter(
                    RESULTS,
                    chapters.size() + 1,
                    Messages.get("whitePaper.chapter.results"),
                    RESULTS,
                    paragraphs(choice.introResults()),
                    null,
                    null,
                    null,
                    results(m.code(), year0),
                    null));
        }
        if (choice.evaluations()) {
            chapters.add(new Chapter(
                    EVALUATIONS,
                    chapters.size() + 1,
                    Messages.get("whitePaper.chapter.evaluations"),
                    EVALUATIONS,
                    paragraphs(choice.introEvaluations()),
                    null,
                    null,
                    null,
                    List.of(),
                    evaluations(m.code(), year0)));
        }
        if (choice.measureEvaluations()) {
            chapters.add(new Chapter(
                    MEASURE_EVALUATIONS,
                    chapters.size() + 1,
                    Messages.get("measureEvaluation.whitePaper.chapter"),
                    MEASURE_EVALUATIONS,
                    paragraphs(choice.introMeasureEvaluations()),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    measureEvaluations(m.code(), year0)));
        }
        return new WhitePaperContent(m, year, front, issuedOn, List.copyOf(chapters));
    }

    private BasicPlanPart basicPlan(String code, String planKey, int year) {
        PlanView plan = plan(code, planKey, PolicyPlanKind.BASIC_PLAN);
        Map<String, List<PlacedIndicator>> indicators = plans.indicatorsOf(code, planKey, year);
        Map<String, String> progress = plans.progressOf(code, planKey, year);
        List<Division> divisions = new ArrayList<>();
        int[] chartNumber = {0};
        for (ElementView area : plan.roots()) {
            List<Measure> measures = new ArrayList<>();
            for (ElementView measure : plan.childrenOf(area.element().key())) {
                if (measure.element().kind() != ElementKind.MEASURE) {
                    continue;
                }
                measures.add(measure(plan, measure.element(), 1, indicators, progress, chartNumber));
                for (ElementView part : plan.childrenOf(measure.element().key())) {
                    if (part.element().kind() == ElementKind.MEASURE) {
                        measures.add(measure(plan, part.element(), 2, indicators, progress, chartNumber));
                    }
                }
            }
            divisions.add(new Division(area.element(), measures));
        }
        int measureCount = (int) plan.elements().stream()
                .filter(e -> e.element().kind() == ElementKind.MEASURE)
                .filter(e -> plan.childrenOf(e.element().key()).stream()
                        .noneMatch(c -> c.element().kind() == ElementKind.MEASURE))
                .count();
        int indicatorCount = (int) indicators.values().stream()
                .flatMap(List::stream)
                .filter(i -> i.role() == PlacementRole.MEASURE)
                .map(i -> i.indicator().key())
                .distinct()
                .count();
        return new BasicPlanPart(
                plan.plan(), paragraphs(plan.plan().overview()), measureCount, indicatorCount, divisions);
    }

    private static Measure measure(
            PlanView plan,
            ElementRow element,
            int level,
            Map<String, List<PlacedIndicator>> indicators,
            Map<String, String> progress,
            int[] chartNumber) {
        List<PlacedIndicator> placed = indicators.getOrDefault(element.key(), List.of());
        List<Chart> charts = new ArrayList<>();
        List<IndicatorTable> tables = tables(plan, placed);
        int from = IndicatorTable.firstYear(plan.plan());
        for (PlacedIndicator i : placed) {
            PlacedIndicator shown = i.from(from);
            if (IndicatorChart.drawable(shown)) {
                charts.add(new Chart(
                        i.indicator().name(),
                        IndicatorChart.svg(shown, "wp-chart-" + ++chartNumber[0]),
                        IndicatorChart.summary(shown),
                        tableRowId("tbl-" + element.key(), tables, i)));
            }
        }
        return new Measure(element, level, tables, charts, paragraphs(progress.get(element.key())));
    }

    /** The id of the indicator's row in the measure's tables (ids as the table fragment writes them: {@code <table id>-r-<indicator>}). */
    private static @Nullable String tableRowId(
            String tablePrefix, List<IndicatorTable> tables, PlacedIndicator indicator) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).rows().stream()
                    .anyMatch(r -> r.indicator()
                            .indicator()
                            .key()
                            .equals(indicator.indicator().key()))) {
                return tablePrefix + "-" + t + "-r-" + indicator.indicator().key();
            }
        }
        return null;
    }

    private StrategyPart strategy(String code, String planKey, int year, int sectionNumber) {
        PlanView plan = plan(code, planKey, PolicyPlanKind.STRATEGY);
        Map<String, List<PlacedIndicator>> indicators = plans.indicatorsOf(code, planKey, year);
        Map<String, String> progress = plans.progressOf(code, planKey, year);
        List<Goal> goals = new ArrayList<>();
        for (ElementView goal : plan.roots()) {
            List<PlacedIndicator> placed =
                    indicators.getOrDefault(goal.element().key(), List.of());
            List<PlacedIndicator> numeric =
                    placed.stream().filter(i -> i.role() == PlacementRole.GOAL).toList();
            List<PlacedIndicator> kpi =
                    placed.stream().filter(i -> i.role() != PlacementRole.GOAL).toList();
            goals.add(new Goal(
                    goal.element(),
                    paragraphs(goal.element().overview()),
                    tables(plan, numeric),
                    tables(plan, kpi),
                    paragraphs(progress.get(goal.element().key()))));
        }
        return new StrategyPart(
                plan.plan(), sectionNumber, paragraphs(plan.plan().overview()), goals);
    }

    private ActionPlanPart actionPlan(String code, String planKey, int year) {
        PlanView plan = plan(code, planKey, PolicyPlanKind.REFORM);
        Map<String, String> progress = plans.progressOf(code, planKey, year);
        List<Principle> principles = new ArrayList<>();
        List<SystemSection> systems = new ArrayList<>();
        List<ElementView> systemViews = new ArrayList<>();
        for (ElementView root : plan.roots()) {
            if (root.element().kind() == ElementKind.PRINCIPLE) {
                List<ElementView> under = plan.childrenOf(root.element().key()).stream()
                        .filter(e -> e.element().kind() == ElementKind.SYSTEM)
                        .toList();
                principles.add(new Principle(
                        root.element(), under.stream().map(ElementView::element).toList()));
                systemViews.addAll(under);
            } else if (root.element().kind() == ElementKind.SYSTEM) {
                systemViews.add(root);
            }
        }
        int itemCount = 0;
        for (ElementView system : systemViews) {
            List<Item> items = plan.childrenOf(system.element().key()).stream()
                    .filter(e -> e.element().kind() == ElementKind.TASK
                            && progress.containsKey(e.element().key()))
                    .map(e -> new Item(
                            e.element(),
                            paragraphs(e.element().overview()),
                            paragraphs(progress.get(e.element().key()))))
                    .toList();
            itemCount += items.size();
            systems.add(new SystemSection(system.element(), items));
        }
        return new ActionPlanPart(plan.plan(), paragraphs(plan.plan().overview()), principles, systems, itemCount);
    }

    private List<DepartmentResult> results(String code, int year) {
        List<DepartmentResult> results = new ArrayList<>();
        ProgressScale scale = scales.scale(code, ScaleKind.RESULT);
        for (PublishedPlans.PublishedPlan published : publishedPlans(code, year)) {
            DepartmentPlanView plan = published.plan();
            if (plan.resultStatus() != PlanStatus.PUBLISHED) {
                continue;
            }
            List<ProjectResult> projects =
                    plan.projects().stream().map(WhitePaperAssembly::project).toList();
            String countText = plan.resultCounts(scale).text(Messages.get("departmentplan.resultScale.other"));
            results.add(new DepartmentResult(
                    published.departmentCode(),
                    published.departmentName(),
                    plan.content().missionHeadline(),
                    paragraphs(plan.content().mission()),
                    projects,
                    plan.summary(),
                    countText));
        }
        return results;
    }

    private EvaluationPart evaluations(String code, int year) {
        if (!opened(code, year)) {
            List<String> labels = evaluations.directions(code);
            return new EvaluationPart(0, labels, Collections.nCopies(labels.size(), 0L), List.of(), List.of());
        }
        List<EvaluationSheetView> published = evaluations.published(code, year);
        PublishedEvaluations.Summary summary = evaluations.summary(code, year);
        Map<String, String> names = new HashMap<>();
        summary.byDepartment().forEach(d -> names.put(d.departmentCode(), d.departmentName()));
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        List<EvaluatedProject> projects = published.stream()
                .map(s -> {
                    Long total = s.breakdown(year).totalCost();
                    return new EvaluatedProject(
                            s.number(),
                            s.content().name(),
                            names.getOrDefault(s.departmentCode(), s.departmentCode()),
                            total == null ? null : yen.format(total) + "円",
                            s.finalDirection(),
                            "/m/" + code + "/" + year + "/evaluations/" + s.number());
                })
                .toList();
        // the municipality's list of 今後の方向性, then any other label a sheet was published with, as it is
        List<String> labels = summary.directions();
        return new EvaluationPart(
                summary.total(),
                labels,
                counts(labels, summary.byDirection()),
                summary.byDepartment().stream()
                        .map(d -> new EvaluationDepartment(
                                d.departmentName(), d.total(), counts(labels, d.byDirection())))
                        .toList(),
                projects);
    }

    private MeasureEvaluationPart measureEvaluations(String code, int year) {
        if (!opened(code, year)) {
            return new MeasureEvaluationPart(0, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        PublishedMeasureEvaluations.Summary summary = measureEvaluations.summary(code, year);
        List<EvaluatedMeasure> measures = measureEvaluations.published(code, year).stream()
                .map(s -> new EvaluatedMeasure(
                        s.title(),
                        String.join("、", s.ownerNames()),
                        s.evaluation().rating(),
                        s.evaluation().direction(),
                        "/m/" + code + "/" + year + "/measure-evaluations/"
                                + s.measure().planKey() + "/" + s.key()))
                .toList();
        return new MeasureEvaluationPart(
                summary.total(),
                List.copyOf(summary.byRating().keySet()),
                List.copyOf(summary.byRating().values()),
                List.copyOf(summary.byDirection().keySet()),
                List.copyOf(summary.byDirection().values()),
                measures);
    }

    private static List<Long> counts(List<String> labels, Map<String, Long> byDirection) {
        return labels.stream().map(d -> byDirection.getOrDefault(d, 0L)).toList();
    }

    /** The year's published department plans; none when the municipality has not opened the year in Hoshin. */
    List<PublishedPlans.PublishedPlan> publishedPlans(String code, int year) {
        return opened(code, year) ? departmentPlans.publishedPlans(code, year) : List.of();
    }

    /*
     * Asked before reading a year's plans or sheets: a NotFoundException thrown inside their read-only transaction
     * would mark the white paper's own transaction rollback-only even if caught here (HTTP 500 on commit).
     */
    private boolean opened(String code, int year) {
        return fiscalYears.find(code, year).isPresent();
    }

    private static ProjectResult project(ProjectView p) {
        return new ProjectResult(
                p.number(),
                p.title(),
                p.targets().stream().map(TargetIndicator::text).toList(),
                p.result(),
                p.resultExplanation());
    }

    private PlanView plan(String code, String planKey, PolicyPlanKind kind) {
        PlanView plan = plans.plan(code, planKey);
        if (plan.plan().kind() != kind) {
            throw new BusinessRuleException(
                    Messages.get("whitePaper.notAPlanOfKindNamed", plan.plan().name(), kind.label()));
        }
        return plan;
    }

    /** One table per role, in the order the roles first occur. */
    private static List<IndicatorTable> tables(PlanView plan, List<PlacedIndicator> indicators) {
        Map<PlacementRole, List<PlacedIndicator>> byRole = new LinkedHashMap<>();
        indicators.forEach(
                i -> byRole.computeIfAbsent(i.role(), r -> new ArrayList<>()).add(i));
        return byRole.entrySet().stream()
                .map(e -> IndicatorTable.of(plan, e.getKey(), e.getValue()))
                .toList();
    }

    static List<String> paragraphs(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
