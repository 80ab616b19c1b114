package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.ReadMemo;
import jp.hoshin.shared.RoundTrips;
import jp.hoshin.shared.RoundTrips.Statement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The plans, their elements, placed indicators with their values and the progress texts, read with plain SQL and
 * mapped straight to the rows the entities would give ({@link PolicyPlan#row}, {@link PolicyElement#row},
 * {@link Indicator#row}, {@link IndicatorValue#row}): what the public pages and publications read. Loading them as
 * entities was a third of the uncached measure page's CPU (issue 19). The entities remain the only way to change them; a
 * column they map that a page shows must be read here too ({@code PolicyPlanRowsTest} compares both readings over the
 * demo data). Inside a transaction that writes, pending changes are flushed first, as a query through the persistence
 * context would.
 */
@Component
class PolicyPlanRows {

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final EntityManager entityManager;

    PolicyPlanRows(JdbcClient jdbc, RoundTrips roundTrips, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.entityManager = entityManager;
    }

    /** A plan as read: its id, what it is, and its elements in structure order. */
    record LoadedPlan(long id, PlanRow row, List<LoadedElement> elements) {

        Optional<LoadedElement> element(String key) {
            return elements.stream().filter(e -> e.row().key().equals(key)).findFirst();
        }
    }

    /** An element as read, with its id (what its placements and progress texts refer to). */
    record LoadedElement(long id, ElementRow row) {}

    /** A placement of an indicator in an element, with the indicator and its values (by year, then kind). */
    record PlacedRow(
            long elementId,
            PlacementRole role,
            int position,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            IndicatorRow indicator,
            List<ValueRow> values) {

        PlacedRow withValues(List<ValueRow> values) {
            return new PlacedRow(elementId, role, position, targetYear, targetValue, indicator, List.copyOf(values));
        }
    }

    /** Where an indicator is placed in another plan, without its values. */
    record PlacementIn(
            String planKey,
            PlanRow plan,
            ElementRow element,
            IndicatorRow indicator,
            PlacementRole role,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue) {}

    /**
     * The plan, then its elements (two statements, sent together: one round trip, {@link RoundTrips}). Joined in one,
     * every element's row carried the plan's overview again, which PostgreSQL decompressed and sent once per element:
     * the statement cost the database three times as much as the two (pgbench, 45 elements; issue 19).
     */
    Optional<LoadedPlan> plan(long municipalityId, String planKey) {
        return plan(municipalityId, planKey, false, false).plan();
    }

    /**
     * A plan with what its page reads beside it, in one round trip: the plan and its elements; if asked, the
     * municipality's outlines ({@link #outlines}, which every view of a plan needs) and the placements in the plan with
     * their values ({@link #placedInPlan}). Each part is null if not asked. The basic plan's page read them in three round
     * trips (issue 19).
     */
    PlanReading plan(long municipalityId, String planKey, boolean withOutlines, boolean withPlaced) {
        flushPending();
        List<Statement> statements = new ArrayList<>(List.of(
                Statement.of(
                        "select " + PLAN_COLUMNS + " from policy_plan p where p.municipality_id = ? and p.plan_key = ?",
                        municipalityId,
                        planKey),
                Statement.of(
                        "select " + ELEMENT_COLUMNS + " from policy_element e where e.plan_id = (" + PLAN_ID
                                + ") order by e.position, e.id",
                        municipalityId,
                        planKey)));
        if (withOutlines) {
            statements.addAll(outlineStatements(municipalityId));
        }
        if (withPlaced) {
            statements.addAll(placedStatements(
                    "join policy_element e on e.id = pl.element_id where e.plan_id = (" + PLAN_ID + ")",
                    municipalityId,
                    planKey));
        }
        return roundTrips.send(statements, results -> {
            List<Map.Entry<Long, PlanRow>> plan = results.list((rs, n) -> Map.entry(rs.getLong("id"), plan(rs)));
            List<LoadedElement> elements =
                    results.list((rs, n) -> new LoadedElement(rs.getLong("e_id"), element(rs, planKey)));
            return new PlanReading(
                    plan.stream().findFirst().map(found -> new LoadedPlan(found.getKey(), found.getValue(), elements)),
                    withOutlines ? outlineRows(results) : null,
                    withPlaced ? placedRows(results) : null);
        });
    }

    /** What {@link #plan(long, String, boolean, boolean)} read: the plan if found, and what was asked beside it. */
    record PlanReading(
            Optional<LoadedPlan> plan,
            @Nullable List<PlanOutline> outlines,
            @Nullable List<PlacedRow> placed) {}

    /** The id of the municipality's plan with the key; its parameters are the municipality's id and the key. */
    private static final String PLAN_ID = "select id from policy_plan where municipality_id = ? and plan_key = ?";

    /**
     * The municipality's plans in order, each with its revisions (by sequence) and phases (by start): the plans, then
     * the revisions and phases of all of them in one statement, both sent together (one round trip). Joined to the plans,
     * each revision-and-phase pair carried the plan's overview again (issue 19).
     */
    List<PlanOutline> outlines(long municipalityId) {
        flushPending();
        return roundTrips.send(outlineStatements(municipalityId), PolicyPlanRows::outlineRows);
    }

    /** {@link #outlines}' two statements. */
    private static List<Statement> outlineStatements(long municipalityId) {
        return List.of(
                Statement.of(
                        "select " + PLAN_COLUMNS
                                + " from policy_plan p where p.municipality_id = ? order by p.position, p.id",
                        municipalityId),
                // a revision row has a sequence, a phase row none; each kind in its own order
                Statement.of("""
                        select r.plan_id, r.seq, r.name, r.adopted_on, r.adopted_precision, r.target_year, r.note,
                               null::integer as start_year, null::integer as end_year
                        from policy_plan_revision r join policy_plan p on p.id = r.plan_id
                        where p.municipality_id = ?
                        union all
                        select h.plan_id, null, h.name, null, null, null, null, h.start_year, h.end_year
                        from policy_plan_phase h join policy_plan p on p.id = h.plan_id
                        where p.municipality_id = ?
                        order by plan_id, seq, start_year""", municipalityId, municipalityId));
    }

    /** The results of {@link #outlineStatements}: the plans, each with its revisions and phases. */
    private static List<PlanOutline> outlineRows(RoundTrips.Results results) throws SQLException {
        Map<Long, PlanRow> plans = new LinkedHashMap<>();
        Map<Long, List<RevisionRow>> revisions = new HashMap<>();
        Map<Long, List<PhaseRow>> phases = new HashMap<>();
        results.each(rs -> {
            plans.put(rs.getLong("id"), plan(rs));
        });
        results.each(rs -> {
            long id = rs.getLong("plan_id");
            String planKey = plans.get(id).key();
            Integer seq = integer(rs, "seq");
            if (seq != null) {
                String precision = rs.getString("adopted_precision");
                revisions
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new RevisionRow(
                                planKey,
                                seq,
                                rs.getString("name"),
                                rs.getObject("adopted_on", LocalDate.class),
                                precision == null ? null : JapaneseDates.Precision.valueOf(precision),
                                integer(rs, "target_year"),
                                rs.getString("note")));
            } else {
                phases.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new PhaseRow(
                                planKey, rs.getString("name"), rs.getInt("start_year"), rs.getInt("end_year")));
            }
        });
        return plans.entrySet().stream()
                .map(e -> new PlanOutline(
                        e.getValue(),
                        List.copyOf(revisions.getOrDefault(e.getKey(), List.of())),
                        List.copyOf(phases.getOrDefault(e.getKey(), List.of()))))
                .toList();
    }

    /** The placements in the plan's elements with their indicators and values, in position order (one statement). */
    List<PlacedRow> placedInPlan(long planId) {
        return placed("join policy_element e on e.id = pl.element_id where e.plan_id = ?", planId);
    }

    /** {@link #placedInPlan} for one element. */
    List<PlacedRow> placedInElement(long elementId) {
        return placed(IN_ELEMENT, elementId);
    }

    /**
     * The placements with their indicators, then the values of those indicators (two statements, the second selecting
     * the indicators by the same condition, sent together: one round trip). Joined in one, each value's row carried its indicator's notes and target
     * texts again: the basic plan's page, 84 placements with 272 values, spent 1.9 ms of the database's time in that
     * statement (issue 19).
     */
    private List<PlacedRow> placed(String where, long id) {
        flushPending();
        return roundTrips.send(placedStatements(where, id), PolicyPlanRows::placedRows);
    }

    /** An element's placed indicators with their values, and its progress texts: what its page shows. */
    record ElementRows(List<PlacedRow> placed, List<ProgressOf> progress) {}

    /**
     * {@link #placedInElement} and {@link #progress} of one element, its page's reads, in one round trip (three
     * statements).
     */
    ElementRows element(long elementId) {
        flushPending();
        List<Statement> statements = new ArrayList<>(placedStatements(IN_ELEMENT, elementId));
        statements.add(Statement.of(PROGRESS + "= ?" + PROGRESS_ORDER, elementId));
        return roundTrips.send(
                statements, results -> new ElementRows(placedRows(results), results.list(PolicyPlanRows::progressOf)));
    }

    private static final String IN_ELEMENT = "where pl.element_id = ?";

    /** {@link #placed}'s two statements; each has the parameters {@code where} asks for. */
    private static List<Statement> placedStatements(String where, Object... params) {
        return List.of(
                Statement.of(
                        "select pl.id as pl_id, pl.indicator_id, pl.element_id, pl.role,"
                                + " pl.position as pl_position, pl.target_year as pl_target_year,"
                                + " pl.target_value as pl_target_value, " + INDICATOR_COLUMNS
                                + " from indicator_placement pl join indicator i on i.id = pl.indicator_id "
                                + where
                                + " order by pl.position, pl.id",
                        params),
                Statement.of(
                        "select v.indicator_id, " + VALUE_COLUMNS
                                + " from indicator_value v where v.indicator_id in (select pl.indicator_id"
                                + " from indicator_placement pl " + where + ")"
                                + " order by v.indicator_id, v.fiscal_year, v.value_kind",
                        params));
    }

    /** The results of {@link #placedStatements}: the placements, each with its indicator's values. */
    private static List<PlacedRow> placedRows(RoundTrips.Results results) throws SQLException {
        record Placed(long indicatorId, PlacedRow row) {}
        List<Placed> placed = results.list((rs, n) -> new Placed(rs.getLong("indicator_id"), placedRow(rs)));
        Map<Long, String> keys = new HashMap<>();
        placed.forEach(p -> keys.put(p.indicatorId(), p.row().indicator().key()));
        Map<Long, List<ValueRow>> values = new HashMap<>();
        results.each(rs -> {
            long indicatorId = rs.getLong("indicator_id");
            values.computeIfAbsent(indicatorId, k -> new ArrayList<>()).add(value(rs, keys.get(indicatorId)));
        });
        return placed.stream()
                .map(p -> p.row().withValues(values.getOrDefault(p.indicatorId(), List.of())))
                .toList();
    }

    /**
     * Where indicators of these keys are placed in these plans of the municipality, with the element, the indicator
     * (without values) and the plan, in position order: one statement however many plans.
     */
    List<PlacementIn> placementsIn(long municipalityId, String[] planKeys, String[] indicatorKeys) {
        flushPending();
        return jdbc.sql("select p.plan_key as in_plan, " + PLAN_COLUMNS + ", " + ELEMENT_COLUMNS + ", "
                        + INDICATOR_COLUMNS
                        + ", pl.role, pl.target_year as pl_target_year, pl.target_value as pl_target_value"
                        + """
                         from indicator_placement pl
                          join policy_element e on e.id = pl.element_id
                          join policy_plan p on p.id = e.plan_id
                          join indicator i on i.id = pl.indicator_id
                        where p.municipality_id = ? and p.plan_key = any (?)
                          and i.municipality_id = ? and i.indicator_key = any (?)
                        order by pl.position, pl.id
                        """)
                .param(municipalityId)
                .param(planKeys)
                .param(municipalityId)
                .param(indicatorKeys)
                .query((rs, n) -> {
                    String planKey = rs.getString("in_plan");
                    return new PlacementIn(
                            planKey,
                            plan(rs),
                            element(rs, planKey),
                            indicator(rs),
                            PlacementRole.valueOf(rs.getString("role")),
                            integer(rs, "pl_target_year"),
                            rs.getBigDecimal("pl_target_value"));
                })
                .list();
    }

    /** The progress texts of the elements (by id), by fiscal year. */
    List<ProgressOf> progress(List<Long> elementIds) {
        flushPending();
        if (elementIds.isEmpty()) {
            return List.of();
        }
        // one element (its page) by equality: PostgreSQL judged its cached plan for "= any" dearer than planning
        // afresh for the one id, so it planned the statement on every page (pg_stat_statements, issue 19)
        boolean one = elementIds.size() == 1;
        return jdbc.sql(PROGRESS + (one ? "= ?" : "= any (?)") + PROGRESS_ORDER)
                .param(one ? elementIds.getFirst() : elementIds.toArray(Long[]::new))
                .query(PolicyPlanRows::progressOf)
                .list();
    }

    private static final String PROGRESS =
            "select element_id, fiscal_year, body from element_progress where element_id ";
    private static final String PROGRESS_ORDER = " order by fiscal_year, element_id";

    private static ProgressOf progressOf(ResultSet rs, int row) throws SQLException {
        return new ProgressOf(rs.getLong("element_id"), rs.getInt("fiscal_year"), rs.getString("body"));
    }

    /** A progress text of an element (by id). */
    record ProgressOf(long elementId, int fiscalYear, String body) {}

    /**
     * Within a transaction that may have changed plans (an import, then its report), makes those changes visible to
     * plain SQL, as Hibernate does before a query of its own; a read-only transaction has nothing pending.
     */
    private void flushPending() {
        if (!ReadMemo.readOnly() && TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }

    private static final String PLAN_COLUMNS = """
            p.id, p.plan_key, p.kind as p_kind, p.name as p_name, p.parent_key as p_parent_key, p.start_year as p_start_year,
            p.end_year as p_end_year, p.target_year as p_target_year, p.baseline_year, p.baseline_label,
            p.on_track_percent, p.overview as p_overview, p.judgement_bands""";

    private static final String ELEMENT_COLUMNS = """
            e.id as e_id, e.element_key, e.kind as e_kind, e.parent_key as e_parent_key, e.number as e_number,
            e.name as e_name, e.owners, e.main_project, e.related_key, e.overview as e_overview""";

    private static final String INDICATOR_COLUMNS = """
            i.indicator_key, i.name as i_name, i.unit, i.sub_name, i.sub_unit, i.main_name, i.direction, i.target_kind,
            i.target_year as i_target_year, i.target_value as i_target_value, i.target_sub_value, i.target_note,
            i.target_state, i.notes, i.aggregation""";

    private static final String VALUE_COLUMNS = """
            v.fiscal_year as v_fiscal_year, v.value as v_value, v.sub_value as v_sub_value, v.reference_kind,
            v.reference_date, v.note as v_note, v.official_judgement, v.value_kind, v.state as v_state""";

    private static PlanRow plan(ResultSet rs) throws SQLException {
        String bands = rs.getString("judgement_bands");
        return new PlanRow(
                rs.getString("plan_key"),
                PolicyPlanKind.valueOf(rs.getString("p_kind")),
                rs.getString("p_name"),
                rs.getString("p_parent_key"),
                integer(rs, "p_start_year"),
                integer(rs, "p_end_year"),
                integer(rs, "p_target_year"),
                integer(rs, "baseline_year"),
                rs.getString("baseline_label"),
                integer(rs, "on_track_percent"),
                rs.getString("p_overview"),
                bands == null ? null : JudgementBands.parse(bands));
    }

    private static ElementRow element(ResultSet rs, String planKey) throws SQLException {
        return new ElementRow(
                planKey,
                rs.getString("element_key"),
                ElementKind.valueOf(rs.getString("e_kind")),
                rs.getString("e_parent_key"),
                rs.getString("e_number"),
                rs.getString("e_name"),
                rs.getString("owners"),
                rs.getBoolean("main_project"),
                rs.getString("related_key"),
                rs.getString("e_overview"));
    }

    private static IndicatorRow indicator(ResultSet rs) throws SQLException {
        return new IndicatorRow(
                rs.getString("indicator_key"),
                rs.getString("i_name"),
                rs.getString("unit"),
                rs.getString("sub_name"),
                rs.getString("sub_unit"),
                rs.getString("main_name"),
                Direction.valueOf(rs.getString("direction")),
                TargetKind.valueOf(rs.getString("target_kind")),
                integer(rs, "i_target_year"),
                rs.getBigDecimal("i_target_value"),
                rs.getBigDecimal("target_sub_value"),
                rs.getString("target_note"),
                rs.getString("target_state"),
                rs.getString("notes"),
                Aggregation.valueOf(rs.getString("aggregation")));
    }

    /** A placement with its indicator, its values not yet read. */
    private static PlacedRow placedRow(ResultSet rs) throws SQLException {
        return new PlacedRow(
                rs.getLong("element_id"),
                PlacementRole.valueOf(rs.getString("role")),
                rs.getInt("pl_position"),
                integer(rs, "pl_target_year"),
                rs.getBigDecimal("pl_target_value"),
                indicator(rs),
                List.of());
    }

    private static ValueRow value(ResultSet rs, String indicatorKey) throws SQLException {
        String referenceKind = rs.getString("reference_kind");
        LocalDate referenceDate = rs.getObject("reference_date", LocalDate.class);
        return new ValueRow(
                indicatorKey,
                rs.getInt("v_fiscal_year"),
                rs.getBigDecimal("v_value"),
                rs.getBigDecimal("v_sub_value"),
                referenceKind == null || referenceDate == null
                        ? null
                        : new ReferencePoint(ReferencePoint.Kind.valueOf(referenceKind), referenceDate),
                rs.getString("v_note"),
                rs.getString("official_judgement"),
                ValueKind.valueOf(rs.getString("value_kind")),
                rs.getString("v_state"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
