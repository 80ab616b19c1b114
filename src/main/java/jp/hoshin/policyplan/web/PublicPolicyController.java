package jp.hoshin.policyplan.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.ElementKind;
import jp.hoshin.policyplan.ElementLinks;
import jp.hoshin.policyplan.IndicatorJudgement;
import jp.hoshin.policyplan.PlacementRole;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyViews.ElementPage;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.Placement;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.policyplan.display.IndicatorTable;
import jp.hoshin.policyplan.web.PolicyPageModel.Counts;
import jp.hoshin.policyplan.web.PolicyPageModel.GoalSection;
import jp.hoshin.policyplan.web.PolicyPageModel.IndicatorDetail;
import jp.hoshin.policyplan.web.PolicyPageModel.Node;
import jp.hoshin.policyplan.web.PolicyPageModel.PlanCard;
import jp.hoshin.policyplan.web.PolicyPageModel.Related;
import jp.hoshin.policyplan.web.PolicyPageModel.YearText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.CountChart;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of a municipality's plans (基本構想, 基本計画, 総合戦略, 行財政改革アクションプラン): the
 * list of plans, each plan's structure with the state of its indicators, and each element — a 施策 with
 * its indicator table as the city prints it, Hoshin's judgement and a chart per indicator, and the progress
 * texts; a 基本目標 with its 数値目標 and KPIs; a 個別課題 with its 概要 and progress.
 */
@Controller
class PublicPolicyController {

    /** Work elsewhere that serves an element (department plans' projects), from the modules that hold it. */
    private final List<ElementLinks> links;

    static final String PLANS_VIEW = "site/policy-plans";
    static final String PLAN_VIEW = "jte:site/policy-plan";
    static final String ELEMENT_VIEW = "jte:site/policy-element";

    private final Municipalities municipalities;
    private final PolicyPlans plans;

    PublicPolicyController(Municipalities municipalities, PolicyPlans plans, List<ElementLinks> links) {
        this.links = links;
        this.municipalities = municipalities;
        this.plans = plans;
    }

    @GetMapping("/m/{code}/policy")
    @ReadOnlyPage
    String plans(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        List<PlanOutline> outlines = plans.outlines(m.code());
        Map<String, PlanRow> byKey = byKey(outlines);
        model.addAttribute("municipality", m);
        model.addAttribute(
                "cards", outlines.stream().map(o -> PlanCard.of(o, byKey)).toList());
        return PLANS_VIEW;
    }

    @GetMapping("/m/{code}/policy/{planKey}")
    @ReadOnlyPage
    String plan(@PathVariable String code, @PathVariable String planKey, Model model) {
        MunicipalityView m = municipalities.get(code);
        PolicyPlans.PlanPage page = plans.planPage(m.code(), planKey);
        PlanView plan = page.plan();
        List<PlanOutline> outlines = page.outlines();
        Map<String, PlanRow> byKey = byKey(outlines);
        PlanOutline outline = outlines.stream()
                .filter(o -> o.plan().key().equals(planKey))
                .findFirst()
                .orElseThrow();
        Map<String, List<PlacedIndicator>> indicators = page.indicators();
        List<Node> tree = Node.tree(plan, plan.roots(), indicators);
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute("card", PlanCard.of(outline, byKey));
        model.addAttribute("overview", PolicyPageModel.paragraphs(plan.plan().overview()));
        model.addAttribute(
                "childPlans",
                outlines.stream()
                        .map(PlanOutline::plan)
                        .filter(p -> planKey.equals(p.parentKey()))
                        .toList());
        model.addAttribute("tree", tree);
        var bandCounts = PolicyPageModel.BandCount.of(plan.plan(), indicators);
        model.addAttribute("bandCounts", bandCounts);
        Counts total = Counts.sum(tree.stream().map(Node::allCounts).toList());
        model.addAttribute("total", total);
        if (total.total() > 0) {
            model.addAttribute("judgementChart", judgementChart(plan.plan(), total, bandCounts));
        }
        model.addAttribute(
                "rule",
                IndicatorJudgement.rule(plan.plan().scheme(), plan.plan().baselineLabel()));
        if (plan.plan().kind() == PolicyPlanKind.STRATEGY) {
            Map<String, List<Related>> related = related(m.code(), plan.plan(), outlines, indicators.values());
            List<GoalSection> goals = new ArrayList<>();
            for (ElementView goal : plan.roots()) {
                goals.add(new GoalSection(
                        goal,
                        PolicyPageModel.paragraphs(goal.element().overview()),
                        tables(plan, indicators.getOrDefault(goal.element().key(), List.of()))));
            }
            model.addAttribute("goals", goals);
            model.addAttribute("related", related);
        }
        return PLAN_VIEW;
    }

    @GetMapping("/m/{code}/policy/{planKey}/{elementKey}")
    @ReadOnlyPage
    String element(
            @PathVariable String code, @PathVariable String planKey, @PathVariable String elementKey, Model model) {
        MunicipalityView m = municipalities.get(code);
        ElementPage page = plans.element(m.code(), planKey, elementKey);
        PlanView plan = page.plan();
        ElementKind kind = page.element().element().kind();
        Map<String, List<Related>> related = page.indicators().isEmpty()
                ? Map.of()
                : related(m.code(), plan.plan(), plans.outlines(m.code()), List.of(page.indicators()));
        List<IndicatorDetail> details = new ArrayList<>();
        for (PlacedIndicator placed : page.indicators()) {
            details.add(IndicatorDetail.of(
                    plan.plan(),
                    placed,
                    details.size() + 1,
                    related.getOrDefault(placed.indicator().key(), List.of())));
        }
        Map<String, List<PlacedIndicator>> childIndicators =
                page.children().isEmpty() ? Map.of() : plans.indicatorsOf(m.code(), planKey);
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan.plan());
        model.addAttribute("path", page.path());
        model.addAttribute("element", page.element().element());
        model.addAttribute("kind", kind.name());
        model.addAttribute(
                "overview", PolicyPageModel.paragraphs(page.element().element().overview()));
        model.addAttribute("tables", tables(plan, page.indicators()));
        model.addAttribute("details", List.copyOf(details));
        model.addAttribute("children", Node.tree(plan, page.children(), childIndicators));
        model.addAttribute("progress", YearText.newestFirst(page.progress(), kind == ElementKind.TASK ? "の取組状況等" : ""));
        model.addAttribute(
                "linkedWork",
                links.stream()
                        .flatMap(l -> l.linkedTo(m.code(), elementKey).stream())
                        .toList());
        return ELEMENT_VIEW;
    }

    /** One table per role, in the order the roles first occur (数値目標 before KPI). */
    private static List<IndicatorTable> tables(PlanView plan, List<PlacedIndicator> indicators) {
        Map<PlacementRole, List<PlacedIndicator>> byRole = new LinkedHashMap<>();
        indicators.forEach(
                i -> byRole.computeIfAbsent(i.role(), r -> new ArrayList<>()).add(i));
        return byRole.entrySet().stream()
                .map(e -> IndicatorTable.of(plan, e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Where the indicators of this plan are also placed in the plan above it and the plans below it (a
     * strategy KPI that is a basic-plan 目標指標, with each plan's own target), keyed by indicator.
     */
    private Map<String, List<Related>> related(
            String code, PlanRow plan, List<PlanOutline> outlines, Collection<List<PlacedIndicator>> shown) {
        Set<String> keys = new HashSet<>();
        shown.forEach(list -> list.forEach(p -> keys.add(p.indicator().key())));
        List<PlanRow> others = outlines.stream()
                .map(PlanOutline::plan)
                .filter(p -> sharesIndicators(plan, p))
                .toList();
        Map<String, List<Placement>> placements =
                plans.placementsIn(code, others.stream().map(PlanRow::key).toList(), keys);
        Map<String, List<Related>> related = new HashMap<>();
        others.forEach(other -> placements
                .getOrDefault(other.key(), List.of())
                .forEach(p -> related.computeIfAbsent(p.indicator().key(), k -> new ArrayList<>())
                        .add(other.kind() == plan.kind() ? Related.of(other, p).byName() : Related.of(other, p))));
        return related;
    }

    /** The fills of the judgements (the Okabe–Ito palette, as on the front page). */
    static final Map<IndicatorJudgement.Status, String> JUDGEMENT_FILLS = Map.of(
            IndicatorJudgement.Status.ACHIEVED, "#0072b2",
            IndicatorJudgement.Status.ON_TRACK, "#009e73",
            IndicatorJudgement.Status.BEHIND, "#e69f00",
            IndicatorJudgement.Status.WORSENING, "#d55e00",
            IndicatorJudgement.Status.NOT_JUDGED, "#8a8a8a");

    /**
     * The bar of the plan's judgement counts (by the plan's bands when it has its own), 悪化 hatched, with its text
     * alternative.
     */
    static String judgementChart(PlanRow plan, Counts total, @Nullable List<PolicyPageModel.BandCount> bands) {
        List<CountChart.Part> parts = new ArrayList<>();
        if (bands != null) {
            bands.forEach(
                    b -> parts.add(new CountChart.Part(b.label(), b.count(), JUDGEMENT_FILLS.get(b.status()), false)));
        } else {
            for (IndicatorJudgement.Status s : IndicatorJudgement.Status.values()) {
                parts.add(new CountChart.Part(
                        s.label(), total.of(s), JUDGEMENT_FILLS.get(s), s == IndicatorJudgement.Status.WORSENING));
            }
        }
        return CountChart.svg(
                "judgement-chart",
                Messages.get(
                        "site.glance.chartTitle", plan.name(), String.valueOf(total.total()), CountChart.text(parts)),
                parts);
    }

    /**
     * Whether an indicator placed in both plans is worth saying so: the plan above or below it (a strategy's KPI that
     * is a basic-plan indicator), or a plan of the same kind — the predecessor or successor (第4次 and 第5次基本計画).
     * An indicator carried over is the same indicator (the same 指標ID) placed again with the new plan's target, so
     * its values run on across both plans; a renamed or redefined one is a new indicator and is not linked.
     */
    static boolean sharesIndicators(PlanRow plan, PlanRow other) {
        return other.kind() != PolicyPlanKind.VISION
                && !other.key().equals(plan.key())
                && (other.key().equals(plan.parentKey())
                        || plan.key().equals(other.parentKey())
                        || other.kind() == plan.kind());
    }

    private static Map<String, PlanRow> byKey(List<PlanOutline> outlines) {
        return outlines.stream().map(PlanOutline::plan).collect(Collectors.toMap(PlanRow::key, Function.identity()));
    }
}
