package jp.hoshin.policyplan;

import java.util.Comparator;
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
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlacementRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ProgressRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyTableReader.Upload;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plan data tables (CSV files or workbook sheets, docs/plan-data-format.md) for a municipality:
 * all or nothing. Every table is read and checked, including references between tables and to stored
 * data, before anything is written; any problem rejects the whole upload with the list of problems.
 *
 * <p>What a table means when present: 計画, 指標 — these plans and indicators are added or updated;
 * 改定, 期間区分, 体系 — the plans named in the table get exactly these rows (elements left out are
 * removed, with their progress texts and placements); 指標の掲載 — the elements named get exactly these
 * indicators; 指標値, 取組状況 — these values and texts are added or replaced, others are kept.
 * Rows equal to what is stored change nothing.
 */
@Service
public class PolicyDataImport {

    /** What an import did: how many rows it read and how many records it changed. */
    public record Outcome(int rowsRead, int changed) {

        public String message() {
            return changed == 0
                    ? Messages.get("policy.import.unchanged", rowsRead)
                    : Messages.get("policy.import.changed", rowsRead, changed);
        }
    }

    /** The advisory lock namespace of plan data imports ("PLAN"). */
    private static final int IMPORT_LOCK = 0x504C414E;

    private final Municipalities municipalities;
    private final PolicyDataExport export;
    private final JdbcClient jdbc;
    private final PolicyPlanRepository plans;
    private final IndicatorRepository indicators;
    private final IndicatorPlacementRepository placements;
    private final ElementProgressRepository progress;

    PolicyDataImport(
            Municipalities municipalities,
            PolicyDataExport export,
            JdbcClient jdbc,
            PolicyPlanRepository plans,
            IndicatorRepository indicators,
            IndicatorPlacementRepository placements,
            ElementProgressRepository progress) {
        this.municipalities = municipalities;
        this.export = export;
        this.jdbc = jdbc;
        this.plans = plans;
        this.indicators = indicators;
        this.placements = placements;
        this.progress = progress;
    }

    @Transactional
    public Outcome apply(String municipalityCode, List<SourceTable> sources) {
        return apply(municipalityCode, sources, null);
    }

    /**
     * Imports tables made from an export whose {@link PolicyDataExport#fingerprint} was {@code basedOn}:
     * refused when the data changed since (someone else imported or wrote in between), so that nobody
     * overwrites another's change with an outdated workbook. Imports of one municipality run one at a
     * time, on every instance (a PostgreSQL advisory lock held until the transaction ends).
     */
    @Transactional
    public Outcome apply(String municipalityCode, List<SourceTable> sources, @Nullable String basedOn) {
        MunicipalityView m = municipalities.get(municipalityCode);
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(IMPORT_LOCK, (int) m.id())
                .query((rs, n) -> 1)
                .list();
        if (basedOn != null && !basedOn.equals(export.fingerprint(m.code()))) {
            throw new ImportRejected(List.of(ExchangeProblem.ofFile(Messages.get("policy.import.stale"))));
        }
        PolicyTableReader reader = new PolicyTableReader();
        Upload upload = reader.read(sources);
        Problems problems = reader.problems();

        Map<String, PolicyPlan> storedPlans = new LinkedHashMap<>();
        plans.findByMunicipalityIdOrderByPosition(m.id()).forEach(p -> storedPlans.put(p.key(), p));
        Map<String, Indicator> storedIndicators = new HashMap<>();
        indicators.findByMunicipalityIdOrderById(m.id()).forEach(i -> storedIndicators.put(i.key(), i));

        check(upload, storedPlans, storedIndicators, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems.list());
        }
        int rowsRead = upload.tables().values().stream().mapToInt(List::size).sum();
        int changed = write(m, upload, storedPlans, storedIndicators);
        return new Outcome(rowsRead, changed);
    }

    // ---------------------------------------------------------------- checks across tables

    private static void check(
            Upload upload,
            Map<String, PolicyPlan> storedPlans,
            Map<String, Indicator> storedIndicators,
            Problems problems) {
        Set<String> planKeys = new HashSet<>(storedPlans.keySet());
        upload.<PlanRow>rows(PolicyTable.PLANS).forEach(p -> planKeys.add(p.key()));
        for (PlanRow p : upload.<PlanRow>rows(PolicyTable.PLANS)) {
            if (PolicyPlans.RESERVED_KEY.equals(p.key())) {
                problems.add(
                        at(upload, PolicyTable.PLANS, p, "計画ID", Messages.get("policy.import.reservedKey", p.key())));
            }
            if (p.parentKey() != null && !planKeys.contains(p.parentKey())) {
                problems.add(at(
                        upload,
                        PolicyTable.PLANS,
                        p,
                        "上位計画ID",
                        Messages.get("policy.import.noParentPlan", p.parentKey())));
            }
            if (p.startYear() != null && p.endYear() != null && p.endYear() < p.startYear()) {
                problems.add(at(upload, PolicyTable.PLANS, p, "終了年度", Messages.get("policy.import.endBeforeStart")));
            }
        }
        for (RevisionRow r : upload.<RevisionRow>rows(PolicyTable.REVISIONS)) {
            requirePlan(upload, PolicyTable.REVISIONS, r, r.planKey(), planKeys, problems);
        }
        for (PhaseRow r : upload.<PhaseRow>rows(PolicyTable.PHASES)) {
            requirePlan(upload, PolicyTable.PHASES, r, r.planKey(), planKeys, problems);
        }

        // element keys after the import: uploaded structures replace the stored structure of their plans
        Set<String> restructured = upload.<ElementRow>rows(PolicyTable.ELEMENTS).stream()
                .map(ElementRow::planKey)
                .collect(Collectors.toSet());
        Map<String, String> elementPlan = new HashMap<>();
        storedPlans.values().stream()
                .filter(p -> !restructured.contains(p.key()))
                .forEach(p -> p.elements().forEach(e -> elementPlan.put(e.key(), p.key())));
        for (ElementRow e : upload.<ElementRow>rows(PolicyTable.ELEMENTS)) {
            requirePlan(upload, PolicyTable.ELEMENTS, e, e.planKey(), planKeys, problems);
            String other = elementPlan.putIfAbsent(e.key(), e.planKey());
            if (other != null && !other.equals(e.planKey())) {
                problems.add(at(
                        upload,
                        PolicyTable.ELEMENTS,
                        e,
                        "要素ID",
                        Messages.get("policy.import.elementKeyTaken", e.key(), other)));
            }
        }
        Map<String, List<ElementRow>> byPlan = upload.<ElementRow>rows(PolicyTable.ELEMENTS).stream()
                .collect(Collectors.groupingBy(ElementRow::planKey, LinkedHashMap::new, Collectors.toList()));
        for (List<ElementRow> rows : byPlan.values()) {
            Set<String> before = new HashSet<>();
            for (ElementRow e : rows) {
                if (e.parentKey() != null && !before.contains(e.parentKey())) {
                    problems.add(at(
                            upload,
                            PolicyTable.ELEMENTS,
                            e,
                            "上位要素ID",
                            rows.stream().anyMatch(x -> x.key().equals(e.parentKey()))
                                    ? Messages.get("policy.import.parentBelow", e.parentKey())
                                    : Messages.get("policy.import.parentElsewhere", e.parentKey())));
                }
                if (e.relatedKey() != null && !elementPlan.containsKey(e.relatedKey())) {
                    problems.add(at(
                            upload,
                            PolicyTable.ELEMENTS,
                            e,
                            "関連要素ID",
                            Messages.get("policy.import.noRelatedElement", e.relatedKey())));
                }
                before.add(e.key());
            }
        }

        Set<String> indicatorKeys = new HashSet<>(storedIndicators.keySet());
        for (IndicatorRow i : upload.<IndicatorRow>rows(PolicyTable.INDICATORS)) {
            indicatorKeys.add(i.key());
            if (i.targetKind() == TargetKind.NUMBER && i.targetValue() == null) {
                problems.add(at(
                        upload,
                        PolicyTable.INDICATORS,
                        i,
                        "目標値",
                        Messages.get("policy.indicator.targetValueRequired")));
            }
            if (i.targetKind() == TargetKind.STATE && i.targetState() == null) {
                problems.add(at(
                        upload,
                        PolicyTable.INDICATORS,
                        i,
                        "目標状態",
                        Messages.get("policy.indicator.targetStateRequired")));
            }
            if (i.targetSubValue() != null && i.subName() == null) {
                problems.add(at(upload, PolicyTable.INDICATORS, i, "内訳名称", "目標内訳値があるときは内訳名称を入力してください。"));
            }
        }
        for (PlacementRow p : upload.<PlacementRow>rows(PolicyTable.PLACEMENTS)) {
            if (!elementPlan.containsKey(p.elementKey())) {
                problems.add(at(upload, PolicyTable.PLACEMENTS, p, "要素ID", "要素「" + p.elementKey() + "」がありません。"));
            }
            if (!indicatorKeys.contains(p.indicatorKey())) {
                problems.add(at(upload, PolicyTable.PLACEMENTS, p, "指標ID", "指標「" + p.indicatorKey() + "」がありません。"));
            }
        }
        Map<String, IndicatorRow> uploadedIndicators = upload.<IndicatorRow>rows(PolicyTable.INDICATORS).stream()
                .collect(Collectors.toMap(IndicatorRow::key, Function.identity()));
        for (ValueRow v : upload.<ValueRow>rows(PolicyTable.VALUES)) {
            if (!indicatorKeys.contains(v.indicatorKey())) {
                problems.add(at(upload, PolicyTable.VALUES, v, "指標ID", "指標「" + v.indicatorKey() + "」がありません。"));
                continue;
            }
            IndicatorRow indicator = uploadedIndicators.containsKey(v.indicatorKey())
                    ? uploadedIndicators.get(v.indicatorKey())
                    : storedIndicators.get(v.indicatorKey()).row();
            if (v.subValue() != null && indicator.subName() == null) {
                problems.add(at(
                        upload, PolicyTable.VALUES, v, "内訳値", "指標「" + indicator.name() + "」には内訳がありません（指標の内訳名称が空欄です）。"));
            }
            boolean stateIndicator = indicator.targetKind() == TargetKind.STATE;
            if (v.state() != null && !stateIndicator) {
                problems.add(at(
                        upload,
                        PolicyTable.VALUES,
                        v,
                        "値",
                        Messages.get("policy.import.stateOnNumeric", indicator.name(), v.state())));
            }
            if (upload.blankValues().contains(v) && !stateIndicator) {
                problems.add(at(upload, PolicyTable.VALUES, v, "値", Messages.get("policy.import.valueRequired")));
            }
        }
        for (ProgressRow p : upload.<ProgressRow>rows(PolicyTable.PROGRESS)) {
            if (!elementPlan.containsKey(p.elementKey())) {
                problems.add(at(upload, PolicyTable.PROGRESS, p, "要素ID", "要素「" + p.elementKey() + "」がありません。"));
            }
        }
    }

    private static void requirePlan(
            Upload upload, PolicyTable table, Object row, String planKey, Set<String> planKeys, Problems problems) {
        if (!planKeys.contains(planKey)) {
            problems.add(at(upload, table, row, "計画ID", Messages.get("policy.import.noPlan", planKey)));
        }
    }

    private static ExchangeProblem at(
            Upload upload, PolicyTable table, Object row, @Nullable String column, String message) {
        return new ExchangeProblem(
                upload.source(table),
                upload.lineOf().getOrDefault(row, 0),
                upload.letter(table, column),
                column,
                message);
    }

    // ---------------------------------------------------------------- writing

    private int write(
            MunicipalityView m,
            Upload upload,
            Map<String, PolicyPlan> storedPlans,
            Map<String, Indicator> storedIndicators) {
        int changed = 0;
        int nextPosition = storedPlans.size() + 1;
        for (PlanRow row : upload.<PlanRow>rows(PolicyTable.PLANS)) {
            PolicyPlan plan = storedPlans.get(row.key());
            if (plan == null) {
                plan = plans.save(new PolicyPlan(m.id(), row, nextPosition++));
                storedPlans.put(row.key(), plan);
                changed++;
            } else if (plan.describe(row)) {
                changed++;
            }
        }
        if (upload.has(PolicyTable.REVISIONS)) {
            for (var e : group(upload.<RevisionRow>rows(PolicyTable.REVISIONS), RevisionRow::planKey)
                    .entrySet()) {
                List<RevisionRow> rows = e.getValue().stream()
                        .sorted(Comparator.comparingInt(RevisionRow::seq))
                        .toList();
                changed += storedPlans.get(e.getKey()).reviseHistory(rows) ? rows.size() : 0;
            }
        }
        if (upload.has(PolicyTable.PHASES)) {
            for (var e : group(upload.<PhaseRow>rows(PolicyTable.PHASES), PhaseRow::planKey)
                    .entrySet()) {
                List<PhaseRow> rows = e.getValue().stream()
                        .sorted(Comparator.comparingInt(PhaseRow::startYear))
                        .toList();
                changed += storedPlans.get(e.getKey()).dividePeriod(rows) ? rows.size() : 0;
            }
        }
        if (upload.has(PolicyTable.ELEMENTS)) {
            for (var e : group(upload.<ElementRow>rows(PolicyTable.ELEMENTS), ElementRow::planKey)
                    .entrySet()) {
                changed += storedPlans.get(e.getKey()).restructure(e.getValue()) ? 1 : 0;
            }
        }
        plans.flush();
        for (IndicatorRow row : upload.<IndicatorRow>rows(PolicyTable.INDICATORS)) {
            Indicator indicator = storedIndicators.get(row.key());
            if (indicator == null) {
                storedIndicators.put(row.key(), indicators.save(new Indicator(m.id(), row)));
                changed++;
            } else if (indicator.define(row)) {
                changed++;
            }
        }
        indicators.flush();
        Map<String, PolicyElement> elements = new HashMap<>();
        storedPlans.values().forEach(p -> p.elements().forEach(e -> elements.put(e.key(), e)));
        if (upload.has(PolicyTable.PLACEMENTS)) {
            changed += place(
                    group(upload.<PlacementRow>rows(PolicyTable.PLACEMENTS), PlacementRow::elementKey),
                    elements,
                    storedIndicators);
        }
        for (ValueRow row : upload.<ValueRow>rows(PolicyTable.VALUES)) {
            changed += storedIndicators.get(row.indicatorKey()).record(row) ? 1 : 0;
        }
        for (ProgressRow row : upload.<ProgressRow>rows(PolicyTable.PROGRESS)) {
            long elementId = elements.get(row.elementKey()).id();
            var existing = progress.findByElementIdAndFiscalYear(elementId, row.fiscalYear());
            if (existing.isEmpty()) {
                progress.save(new ElementProgress(elementId, row.fiscalYear(), row.body()));
                changed++;
            } else if (existing.get().rewrite(row.body())) {
                changed++;
            }
        }
        return changed;
    }

    private int place(
            Map<String, List<PlacementRow>> byElement,
            Map<String, PolicyElement> elements,
            Map<String, Indicator> storedIndicators) {
        int changed = 0;
        Map<Long, PolicyElement> targets = byElement.keySet().stream()
                .map(elements::get)
                .collect(Collectors.toMap(PolicyElement::id, Function.identity()));
        Map<Long, List<IndicatorPlacement>> current =
                placements.findByElementIdInOrderByPosition(targets.keySet()).stream()
                        .collect(Collectors.groupingBy(IndicatorPlacement::elementId));
        for (var e : byElement.entrySet()) {
            long elementId = elements.get(e.getKey()).id();
            Map<Long, IndicatorPlacement> existing = current.getOrDefault(elementId, List.of()).stream()
                    .collect(Collectors.toMap(IndicatorPlacement::indicatorId, Function.identity()));
            Set<Long> kept = new HashSet<>();
            int position = 1;
            for (PlacementRow row : e.getValue()) {
                long indicatorId = storedIndicators.get(row.indicatorKey()).id();
                kept.add(indicatorId);
                IndicatorPlacement p = existing.get(indicatorId);
                if (p == null) {
                    placements.save(new IndicatorPlacement(
                            indicatorId, elementId, row.role(), position, row.targetYear(), row.targetValue()));
                    changed++;
                } else if (p.place(row.role(), position, row.targetYear(), row.targetValue())) {
                    changed++;
                }
                position++;
            }
            for (IndicatorPlacement p : existing.values()) {
                if (!kept.contains(p.indicatorId())) {
                    placements.delete(p);
                    changed++;
                }
            }
        }
        return changed;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
