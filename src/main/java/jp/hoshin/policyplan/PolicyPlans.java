package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ProgressRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.ElementPage;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.Placement;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a municipality's plans, their elements, indicators and progress texts. */
@Service
public class PolicyPlans {

    private final Municipalities municipalities;
    private final Organization organization;
    private final PolicyPlanRepository plans;
    private final IndicatorPlacementRepository placements;
    private final ElementProgressRepository progress;
    private final ReadMemo<Long, List<PlanOutline>> outlined = new ReadMemo<>("policyPlanOutlines");
    private final ReadMemo<PlanOf, Long> loadedIds = new ReadMemo<>("policyPlanIds");

    PolicyPlans(
            Municipalities municipalities,
            Organization organization,
            PolicyPlanRepository plans,
            IndicatorPlacementRepository placements,
            ElementProgressRepository progress) {
        this.municipalities = municipalities;
        this.organization = organization;
        this.plans = plans;
        this.placements = placements;
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    public List<PlanRow> plans(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return plans.findByMunicipalityIdOrderByPosition(m.id()).stream()
                .map(PolicyPlan::row)
                .toList();
    }

    /** An element a department plan's project can serve: a measure, main project, strategy goal or action-plan item. */
    public record LinkableElement(String key, String planKey, String planName, String title) {

        /** 第1 国際化の推進（第4次三鷹市基本計画（第2次改定）） */
        public String label() {
            return title + "（" + planName + "）";
        }

        /** The elements grouped by their plan's name, plans and elements in order: what a choice list's groups show. */
        public static Map<String, List<LinkableElement>> byPlan(List<LinkableElement> elements) {
            return elements.stream()
                    .collect(Collectors.groupingBy(
                            LinkableElement::planName, java.util.LinkedHashMap::new, Collectors.toList()));
        }
    }

    private static final Set<ElementKind> LINKABLE =
            EnumSet.of(ElementKind.MEASURE, ElementKind.MAIN_PROJECT, ElementKind.GOAL, ElementKind.TASK);

    /** Every element of the municipality's plans that projects can link to, plan by plan in structure order. */
    @Transactional(readOnly = true)
    public List<LinkableElement> linkable(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        List<LinkableElement> result = new ArrayList<>();
        for (PolicyPlan plan : plans.findByMunicipalityIdOrderByPosition(m.id())) {
            for (PolicyElement e : plan.elements()) {
                if (LINKABLE.contains(e.row().kind())) {
                    result.add(new LinkableElement(
                            e.key(), plan.key(), plan.row().name(), e.row().title()));
                }
            }
        }
        return result;
    }

    /**
     * The municipality's plans in order, each with its revisions and phases (one query however many plans, remembered
     * for the rest of a page's read-only transaction).
     */
    @Transactional(readOnly = true)
    public List<PlanOutline> outlines(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return outlined.get(m.id(), id -> {
            Map<PolicyPlan, Set<PolicyPlanRevision>> revisions = new LinkedHashMap<>();
            Map<PolicyPlan, Set<PolicyPlanPhase>> phases = new HashMap<>();
            for (Object[] row : plans.findOutlines(id)) {
                PolicyPlan plan = (PolicyPlan) row[0];
                Set<PolicyPlanRevision> ofPlan = revisions.computeIfAbsent(plan, p -> new LinkedHashSet<>());
                Set<PolicyPlanPhase> phasesOfPlan = phases.computeIfAbsent(plan, p -> new LinkedHashSet<>());
                if (row[1] != null) {
                    ofPlan.add((PolicyPlanRevision) row[1]);
                }
                if (row[2] != null) {
                    phasesOfPlan.add((PolicyPlanPhase) row[2]);
                }
            }
            return revisions.entrySet().stream()
                    .map(e -> new PlanOutline(
                            e.getKey().row(),
                            e.getValue().stream().map(PolicyPlanRevision::row).toList(),
                            phases.get(e.getKey()).stream()
                                    .map(PolicyPlanPhase::row)
                                    .toList()))
                    .toList();
        });
    }

    @Transactional(readOnly = true)
    public PlanView plan(String municipalityCode, String planKey) {
        PolicyPlan plan = load(municipalityCode, planKey);
        return view(municipalityCode, plan);
    }

    /** Every indicator placed in the plan's elements, keyed by element key, in table order. */
    @Transactional(readOnly = true)
    public Map<String, List<PlacedIndicator>> indicatorsOf(String municipalityCode, String planKey) {
        PolicyPlan plan = load(municipalityCode, planKey);
        return placed(plan, null, null);
    }

    /**
     * Every indicator placed in the plan's elements as it stood after a fiscal year: only values up to that
     * year, judged in that year — what the year's white paper reports, however many later values exist.
     */
    @Transactional(readOnly = true)
    public Map<String, List<PlacedIndicator>> indicatorsOf(String municipalityCode, String planKey, int asOfYear) {
        PolicyPlan plan = load(municipalityCode, planKey);
        return placed(plan, null, asOfYear);
    }

    /** The progress texts (取組状況) of the plan's elements for one fiscal year, keyed by element key. */
    @Transactional(readOnly = true)
    public Map<String, String> progressOf(String municipalityCode, String planKey, int year) {
        PolicyPlan plan = load(municipalityCode, planKey);
        Map<Long, String> keys =
                plan.elements().stream().collect(Collectors.toMap(PolicyElement::id, PolicyElement::key));
        Map<String, String> texts = new HashMap<>();
        progress.findByElementIdInOrderByFiscalYear(keys.keySet()).stream()
                .filter(p -> p.fiscalYear() == year)
                .forEach(p -> texts.put(keys.get(p.elementId()), p.body()));
        return texts;
    }

    @Transactional(readOnly = true)
    public ElementPage element(String municipalityCode, String planKey, String elementKey) {
        PolicyPlan plan = load(municipalityCode, planKey);
        PolicyElement element = plan.element(elementKey)
                .orElseThrow(() -> new NotFoundException(
                        Messages.get("policy.element.notInPlan", plan.row().name(), elementKey)));
        PlanView view = view(municipalityCode, plan);
        List<ElementView> path = new ArrayList<>();
        String parent = element.row().parentKey();
        while (parent != null) {
            ElementView p = view.element(parent).orElseThrow();
            path.addFirst(p);
            parent = p.element().parentKey();
        }
        List<PlacedIndicator> placedHere = placed(plan, element, null).getOrDefault(elementKey, List.of());
        List<ProgressRow> texts = progress.findByElementIdOrderByFiscalYear(element.id()).stream()
                .map(p -> new ProgressRow(elementKey, p.fiscalYear(), p.body()))
                .toList();
        TreeSet<Integer> years = new TreeSet<>();
        placedHere.forEach(i -> i.values().forEach(v -> years.add(v.fiscalYear())));
        return new ElementPage(
                view,
                view.element(elementKey).orElseThrow(),
                path,
                view.childrenOf(elementKey),
                placedHere,
                texts,
                List.copyOf(years));
    }

    /** The progress text of an element in a year, with its version for editing (empty when none is written). */
    @Transactional(readOnly = true)
    public Optional<ProgressText> progressText(String municipalityCode, String planKey, String elementKey, int year) {
        PolicyPlan plan = load(municipalityCode, planKey);
        PolicyElement element = plan.element(elementKey)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.element.notFound", elementKey)));
        return progress.findByElementIdAndFiscalYear(element.id(), year)
                .map(p -> new ProgressText(p.body(), p.version()));
    }

    /** A progress text and the version it was read at. */
    public record ProgressText(String body, long version) {}

    /** Not a plan ID: {@code /plans/tables/{table}.csv} is the address of the data tables. */
    public static final String RESERVED_KEY = "tables";

    /** The version a writer of a progress text not yet written sends. */
    public static final long NEW_TEXT = -1;

    /** Writes the progress text of an element for a year; the version is the one the writer read ({@link #NEW_TEXT} for a new text). */
    @Transactional
    public void writeProgress(
            String municipalityCode, String planKey, String elementKey, int year, long editedVersion, String body) {
        PolicyPlan plan = load(municipalityCode, planKey);
        PolicyElement element = plan.element(elementKey)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.element.notFound", elementKey)));
        if (body.isBlank()) {
            throw new IllegalArgumentException(Messages.get("policy.progress.required"));
        }
        var existing = progress.findByElementIdAndFiscalYear(element.id(), year);
        if (existing.isEmpty()) {
            if (editedVersion != NEW_TEXT) {
                throw new ConcurrentEditException();
            }
            progress.saveAndFlush(new ElementProgress(element.id(), year, body));
            return;
        }
        if (editedVersion == NEW_TEXT) {
            throw new ConcurrentEditException();
        }
        ConcurrentEditException.check(editedVersion, existing.get().version());
        existing.get().rewrite(body);
        progress.flush();
    }

    /**
     * The plan with its elements, in one query. A page that asks again (its structure, then its indicators) finds the
     * plan already read: its id is remembered for the read-only transaction, and the plan is still in the persistence
     * context.
     */
    private PolicyPlan load(String municipalityCode, String planKey) {
        MunicipalityView m = municipalities.get(municipalityCode);
        long id = loadedIds.get(
                new PlanOf(m.id(), planKey),
                key -> plans.findWithElements(m.id(), planKey)
                        .orElseThrow(() ->
                                new NotFoundException(Messages.get("policy.plan.notRegistered", m.name(), planKey)))
                        .id());
        return plans.findById(id).orElseThrow();
    }

    /** A municipality's plan, as {@link #load} is asked for it. */
    private record PlanOf(long municipalityId, String planKey) {}

    /**
     * Where the given indicators are placed in the given plans, keyed by plan: the element, the role and the target
     * there, without their values or judgement (what a page linking the plans to each other shows), in position order.
     * One query, however many and large the plans.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Placement>> placementsIn(
            String municipalityCode, Collection<String> planKeys, Collection<String> indicatorKeys) {
        if (planKeys.isEmpty() || indicatorKeys.isEmpty()) {
            return Map.of();
        }
        MunicipalityView m = municipalities.get(municipalityCode);
        Map<String, List<Placement>> byPlan = new HashMap<>();
        for (Object[] found :
                placements.findInPlans(m.id(), planKeys.toArray(String[]::new), indicatorKeys.toArray(String[]::new))) {
            IndicatorPlacement p = (IndicatorPlacement) found[0];
            PolicyElement element = (PolicyElement) found[1];
            IndicatorRow def = ((Indicator) found[2]).row();
            PolicyPlan plan = (PolicyPlan) found[3];
            byPlan.computeIfAbsent(plan.key(), k -> new ArrayList<>())
                    .add(new Placement(
                            element.key(),
                            element.row().title(),
                            def,
                            p.role(),
                            targetYear(p, def, plan.row()),
                            targetValue(p, def)));
        }
        return byPlan;
    }

    /** The target year that applies where the indicator is placed: the placement's, else the indicator's, else the plan's. */
    private static @Nullable Integer targetYear(IndicatorPlacement p, IndicatorRow def, PlanRow plan) {
        return p.targetYear() != null
                ? p.targetYear()
                : def.targetYear() != null ? def.targetYear() : plan.targetYear();
    }

    /** The target value that applies where the indicator is placed: the placement's, else the indicator's. */
    private static @Nullable BigDecimal targetValue(IndicatorPlacement p, IndicatorRow def) {
        return p.targetValue() != null ? p.targetValue() : def.targetValue();
    }

    /**
     * The plan's view, its revisions and phases taken from the {@link #outlines} (which the public pages showing a plan
     * read anyway, and which are remembered for the page): they cost no query of their own.
     */
    private PlanView view(String municipalityCode, PolicyPlan plan) {
        PlanOutline outline = outlines(municipalityCode).stream()
                .filter(o -> o.plan().key().equals(plan.key()))
                .findFirst()
                .orElseThrow();
        return new PlanView(
                plan.row(),
                outline.revisions(),
                outline.phases(),
                plan.elements().stream().map(e -> new ElementView(e.row())).toList());
    }

    /** Which departments own which elements (who may write their progress texts), by the current organisation. */
    public ElementOwners owners(String municipalityCode) {
        return new ElementOwners(organization.departments(municipalityCode).stream()
                .map(d -> Map.entry(d.code(), d.name()))
                .toList());
    }

    /** The indicators placed in the plan's elements, or in only one of them, keyed by element key. */
    private Map<String, List<PlacedIndicator>> placed(
            PolicyPlan plan, @Nullable PolicyElement only, @Nullable Integer asOfYear) {
        Map<Long, PolicyElement> byId =
                plan.elements().stream().collect(Collectors.toMap(PolicyElement::id, Function.identity()));
        // one row per value of each placed indicator: the placements and indicators once each, in position order
        Map<Long, IndicatorPlacement> byPlacement = new LinkedHashMap<>();
        Map<Long, Indicator> byIndicator = new HashMap<>();
        List<Object[]> rows = only == null
                ? placements.findWithIndicatorsInPlan(plan.id())
                : placements.findWithIndicatorsInElement(only.id());
        for (Object[] row : rows) {
            Indicator indicator = (Indicator) row[0];
            IndicatorPlacement placement = (IndicatorPlacement) row[1];
            byIndicator.putIfAbsent(indicator.id(), indicator);
            byPlacement.putIfAbsent(placement.id(), placement);
        }
        Collection<IndicatorPlacement> found = byPlacement.values();
        PlanRow row = plan.row();
        int reportYear = asOfYear != null
                ? asOfYear
                : found.stream()
                        .map(p -> byIndicator.get(p.indicatorId()))
                        .flatMap(i -> i.values().stream())
                        .filter(v -> !v.missing() && v.actual())
                        .mapToInt(ValueRow::fiscalYear)
                        .max()
                        .orElse(0);
        Map<String, List<PlacedIndicator>> result = new HashMap<>();
        found.stream()
                .sorted(Comparator.comparingInt(IndicatorPlacement::position))
                .forEach(p -> {
                    Indicator indicator = byIndicator.get(p.indicatorId());
                    var def = indicator.row();
                    Integer targetYear = targetYear(p, def, row);
                    var targetValue = targetValue(p, def);
                    List<ValueRow> values = asOfYear == null
                            ? indicator.values()
                            : indicator.values().stream()
                                    .filter(v -> v.fiscalYear() <= asOfYear)
                                    .toList();
                    JudgementScheme scheme = row.scheme();
                    var judgement = IndicatorJudgement.judge(
                            def, targetYear, targetValue, row.baselineYear(), scheme, values, reportYear);
                    var forecast = IndicatorJudgement.judgeForecast(
                                    def, targetYear, targetValue, row.baselineYear(), scheme, values, reportYear)
                            .orElse(null);
                    result.computeIfAbsent(byId.get(p.elementId()).key(), k -> new ArrayList<>())
                            .add(new PlacedIndicator(
                                    def,
                                    p.role(),
                                    targetYear,
                                    targetValue,
                                    values.stream().filter(ValueRow::actual).toList(),
                                    judgement,
                                    values.stream().filter(v -> !v.actual()).toList(),
                                    forecast));
                });
        return result;
    }
}
