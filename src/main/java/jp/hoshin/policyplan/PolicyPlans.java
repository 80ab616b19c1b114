package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlanRows.LoadedElement;
import jp.hoshin.policyplan.PolicyPlanRows.LoadedPlan;
import jp.hoshin.policyplan.PolicyPlanRows.PlacedRow;
import jp.hoshin.policyplan.PolicyPlanRows.PlacementIn;
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
    private final ElementProgressRepository progress;
    private final PolicyPlanRows rows;
    private final ReadMemo<Long, List<PlanOutline>> outlined = new ReadMemo<>("policyPlanOutlines");
    private final ReadMemo<PlanOf, LoadedPlan> loaded = new ReadMemo<>("policyPlans");
    private final ReadMemo<Long, List<PlacedRow>> placedInPlan = new ReadMemo<>("policyPlanPlacements");

    PolicyPlans(
            Municipalities municipalities,
            Organization organization,
            PolicyPlanRepository plans,
            ElementProgressRepository progress,
            PolicyPlanRows rows) {
        this.municipalities = municipalities;
        this.organization = organization;
        this.plans = plans;
        this.progress = progress;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public List<PlanRow> plans(String municipalityCode) {
        return outlines(municipalityCode).stream().map(PlanOutline::plan).toList();
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
     * The municipality's plans in order, each with its revisions and phases (two statements however many plans,
     * remembered for the rest of a page's read-only transaction).
     */
    @Transactional(readOnly = true)
    public List<PlanOutline> outlines(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return outlined.get(m.id(), rows::outlines);
    }

    @Transactional(readOnly = true)
    public PlanView plan(String municipalityCode, String planKey) {
        return view(municipalityCode, read(municipalityCode, planKey));
    }

    /** Every indicator placed in the plan's elements, keyed by element key, in table order. */
    @Transactional(readOnly = true)
    public Map<String, List<PlacedIndicator>> indicatorsOf(String municipalityCode, String planKey) {
        return placed(read(municipalityCode, planKey), null);
    }

    /**
     * What a plan's public page shows: the plan, the municipality's plans in outline (the plan's card, its child plans)
     * and the indicators placed in the plan (none for a vision). In a page's read-only scope all of it is read in one
     * round trip (issue 19).
     */
    @Transactional(readOnly = true)
    public PlanPage planPage(String municipalityCode, String planKey) {
        LoadedPlan plan = read(municipalityCode, planKey, true);
        PlanView view = view(municipalityCode, plan);
        return new PlanPage(
                view,
                outlines(municipalityCode),
                view.plan().kind() == PolicyPlanKind.VISION ? Map.of() : placed(plan, null));
    }

    /** {@link #planPage}: the plan, the municipality's plans in outline, the indicators placed by element key. */
    public record PlanPage(PlanView plan, List<PlanOutline> outlines, Map<String, List<PlacedIndicator>> indicators) {}

    /**
     * Every indicator placed in the plan's elements as it stood after a fiscal year: only values up to that
     * year, judged in that year — what the year's white paper reports, however many later values exist.
     */
    @Transactional(readOnly = true)
    public Map<String, List<PlacedIndicator>> indicatorsOf(String municipalityCode, String planKey, int asOfYear) {
        return placed(read(municipalityCode, planKey), asOfYear);
    }

    /** The progress texts (取組状況) of the plan's elements for one fiscal year, keyed by element key. */
    @Transactional(readOnly = true)
    public Map<String, String> progressOf(String municipalityCode, String planKey, int year) {
        LoadedPlan plan = read(municipalityCode, planKey);
        Map<Long, String> keys = plan.elements().stream()
                .collect(Collectors.toMap(LoadedElement::id, e -> e.row().key()));
        Map<String, String> texts = new HashMap<>();
        rows.progress(List.copyOf(keys.keySet())).stream()
                .filter(p -> p.fiscalYear() == year)
                .forEach(p -> texts.put(keys.get(p.elementId()), p.body()));
        return texts;
    }

    @Transactional(readOnly = true)
    public ElementPage element(String municipalityCode, String planKey, String elementKey) {
        LoadedPlan plan = read(municipalityCode, planKey);
        LoadedElement element = plan.element(elementKey)
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
        // the element's indicators and its progress texts in one round trip
        PolicyPlanRows.ElementRows read = rows.element(element.id());
        List<PlacedIndicator> placedHere = placed(plan, read.placed(), null).getOrDefault(elementKey, List.of());
        List<ProgressRow> texts = read.progress().stream()
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
        return progress.findByElementIdAndFiscalYear(elementId(municipalityCode, planKey, elementKey), year)
                .map(p -> new ProgressText(p.body(), p.version()));
    }

    /** A progress text and the version it was read at. */
    public record ProgressText(String body, long version) {}

    /**
     * An element whose progress texts are written, with its plan and the departments that own it by the current
     * organisation ({@link ElementOwners#EVERY_DEPARTMENT} for 全庁): what the text's form shows and who may write it.
     */
    public record ProgressTarget(PlanRow plan, ElementView element, List<String> owners) {

        public ProgressTarget {
            owners = List.copyOf(owners);
        }
    }

    /** The element of the plan whose progress texts are written, read in one read-only transaction. */
    @Transactional(readOnly = true)
    public ProgressTarget progressTarget(String municipalityCode, String planKey, String elementKey) {
        PlanView plan = plan(municipalityCode, planKey);
        ElementView element = plan.element(elementKey)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.element.notFound", elementKey)));
        return new ProgressTarget(plan.plan(), element, owners(municipalityCode).of(element.element()));
    }

    /** Not a plan ID: {@code /plans/tables/{table}.csv} is the address of the data tables. */
    public static final String RESERVED_KEY = "tables";

    /** The version a writer of a progress text not yet written sends. */
    public static final long NEW_TEXT = -1;

    /** Writes the progress text of an element for a year; the version is the one the writer read ({@link #NEW_TEXT} for a new text). */
    @Transactional
    public void writeProgress(
            String municipalityCode, String planKey, String elementKey, int year, long editedVersion, String body) {
        long elementId = elementId(municipalityCode, planKey, elementKey);
        if (body.isBlank()) {
            throw new IllegalArgumentException(Messages.get("policy.progress.required"));
        }
        var existing = progress.findByElementIdAndFiscalYear(elementId, year);
        if (existing.isEmpty()) {
            if (editedVersion != NEW_TEXT) {
                throw new ConcurrentEditException();
            }
            progress.saveAndFlush(new ElementProgress(elementId, year, body));
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
     * The plan with its elements, in one statement. A page that asks again (its structure, then its indicators) finds
     * the plan already read: it is remembered for the read-only transaction.
     */
    private LoadedPlan read(String municipalityCode, String planKey) {
        return read(municipalityCode, planKey, false);
    }

    /**
     * The plan, remembered for the rest of a page's read-only scope. There, the municipality's outlines (which every
     * view of a plan needs) come in the same round trip unless the page has them, and so, if asked, do the placements
     * in the plan ({@code withPlaced}).
     */
    private LoadedPlan read(String municipalityCode, String planKey, boolean withPlaced) {
        MunicipalityView m = municipalities.get(municipalityCode);
        return loaded.get(new PlanOf(m.id(), planKey), key -> {
            boolean page = ReadMemo.readOnly();
            var read = rows.plan(m.id(), planKey, page && outlined.peek(m.id()) == null, page && withPlaced);
            if (read.outlines() != null) {
                outlined.get(m.id(), id -> read.outlines());
            }
            LoadedPlan plan = read.plan()
                    .orElseThrow(
                            () -> new NotFoundException(Messages.get("policy.plan.notRegistered", m.name(), planKey)));
            if (read.placed() != null) {
                placedInPlan.get(plan.id(), id -> read.placed());
            }
            return plan;
        });
    }

    /**
     * The id of the plan's element, which its progress texts refer to: read with the plan's rows, not by loading the
     * plan as an entity with all its elements, which was a fifth of the CPU of writing a progress text (issue 19).
     */
    private long elementId(String municipalityCode, String planKey, String elementKey) {
        return read(municipalityCode, planKey)
                .element(elementKey)
                .orElseThrow(() -> new NotFoundException(Messages.get("policy.element.notFound", elementKey)))
                .id();
    }

    /** A municipality's plan, as {@link #read} is asked for it. */
    private record PlanOf(long municipalityId, String planKey) {}

    /**
     * Where the given indicators are placed in the given plans, keyed by plan: the element, the role and the target
     * there, without their values or judgement (what a page linking the plans to each other shows), in position order.
     * One statement, however many and large the plans.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Placement>> placementsIn(
            String municipalityCode, Collection<String> planKeys, Collection<String> indicatorKeys) {
        if (planKeys.isEmpty() || indicatorKeys.isEmpty()) {
            return Map.of();
        }
        MunicipalityView m = municipalities.get(municipalityCode);
        Map<String, List<Placement>> byPlan = new HashMap<>();
        for (PlacementIn p :
                rows.placementsIn(m.id(), planKeys.toArray(String[]::new), indicatorKeys.toArray(String[]::new))) {
            byPlan.computeIfAbsent(p.planKey(), k -> new ArrayList<>())
                    .add(new Placement(
                            p.element().key(),
                            p.element().title(),
                            p.indicator(),
                            p.role(),
                            targetYear(p.targetYear(), p.indicator(), p.plan()),
                            targetValue(p.targetValue(), p.indicator())));
        }
        return byPlan;
    }

    /** The target year that applies where the indicator is placed: the placement's, else the indicator's, else the plan's. */
    private static @Nullable Integer targetYear(@Nullable Integer placed, IndicatorRow def, PlanRow plan) {
        return placed != null ? placed : def.targetYear() != null ? def.targetYear() : plan.targetYear();
    }

    /** The target value that applies where the indicator is placed: the placement's, else the indicator's. */
    private static @Nullable BigDecimal targetValue(@Nullable BigDecimal placed, IndicatorRow def) {
        return placed != null ? placed : def.targetValue();
    }

    /**
     * The plan's view, its revisions and phases taken from the {@link #outlines} (which the public pages showing a plan
     * read anyway, and which are remembered for the page): they cost no statement of their own.
     */
    private PlanView view(String municipalityCode, LoadedPlan plan) {
        PlanOutline outline = outlines(municipalityCode).stream()
                .filter(o -> o.plan().key().equals(plan.row().key()))
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

    /** The indicators placed in the plan's elements, keyed by element key. */
    private Map<String, List<PlacedIndicator>> placed(LoadedPlan plan, @Nullable Integer asOfYear) {
        return placed(plan, placedInPlan.get(plan.id(), rows::placedInPlan), asOfYear);
    }

    /** The placements read ({@code found}) with their targets and judgements, keyed by element key. */
    private Map<String, List<PlacedIndicator>> placed(
            LoadedPlan plan, List<PlacedRow> found, @Nullable Integer asOfYear) {
        Map<Long, String> keyOf = plan.elements().stream()
                .collect(Collectors.toMap(LoadedElement::id, e -> e.row().key()));
        PlanRow row = plan.row();
        int reportYear = asOfYear != null
                ? asOfYear
                : found.stream()
                        .flatMap(p -> p.values().stream())
                        .filter(v -> !v.missing() && v.actual())
                        .mapToInt(ValueRow::fiscalYear)
                        .max()
                        .orElse(0);
        JudgementScheme scheme = row.scheme();
        Map<String, List<PlacedIndicator>> result = new HashMap<>();
        for (PlacedRow p : found) {
            IndicatorRow def = p.indicator();
            Integer targetYear = targetYear(p.targetYear(), def, row);
            BigDecimal targetValue = targetValue(p.targetValue(), def);
            List<ValueRow> values = asOfYear == null
                    ? p.values()
                    : p.values().stream()
                            .filter(v -> v.fiscalYear() <= asOfYear)
                            .toList();
            var judgement = IndicatorJudgement.judge(
                    def, targetYear, targetValue, row.baselineYear(), scheme, values, reportYear);
            var forecast = IndicatorJudgement.judgeForecast(
                            def, targetYear, targetValue, row.baselineYear(), scheme, values, reportYear)
                    .orElse(null);
            result.computeIfAbsent(keyOf.get(p.elementId()), k -> new ArrayList<>())
                    .add(new PlacedIndicator(
                            def,
                            p.role(),
                            targetYear,
                            targetValue,
                            values.stream().filter(ValueRow::actual).toList(),
                            judgement,
                            values.stream().filter(v -> !v.actual()).toList(),
                            forecast));
        }
        return result;
    }
}
