package jp.hoshin.departmentplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.hoshin.organization.DepartmentView;
import jp.hoshin.shared.RoundTrips;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans of a year whose results are published, read with plain SQL for a page's read-only transaction: two
 * statements (the plans, then their projects) mapped straight to {@link DepartmentPlanView}, as
 * {@link DepartmentPlan#view} would give them. Loading them as entities (with their JSON converters and the
 * persistence context) was a fifth of the uncached results page's CPU (issue 19). A column of {@code department_plan} or
 * {@code plan_project} that the view shows must be read here as well as mapped on the entity.
 */
@Component
class PublishedResultRows {

    private static final JsonListConverters.Targets TARGETS = new JsonListConverters.Targets();
    private static final JsonListConverters.SectionRoles SECTION_ROLES = new JsonListConverters.SectionRoles();

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;
    private final PlanStore store;
    private final PlanSettingRows settings;

    PublishedResultRows(JdbcClient jdbc, RoundTrips roundTrips, PlanStore store, PlanSettingRows settings) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.store = store;
        this.settings = settings;
    }

    /** The plans with published results, in id order; {@code departments} (the year's) save a lookup per plan. */
    List<DepartmentPlanView> published(long fiscalYearId, List<DepartmentView> departments) {
        Map<String, DepartmentView> byCode = new HashMap<>();
        departments.forEach(d -> byCode.put(d.code(), d));
        Map<Long, List<ProjectView>> projects = new HashMap<>();
        jdbc.sql("""
                        select j.plan_id, j.id, j.number, j.title, j.lead_section, j.description, j.main_project, j.targets,
                               j.result, j.result_explanation, j.carried_from_id, j.policy_element_key, j.continued_from_id
                        from plan_project j join department_plan p on p.id = j.plan_id
                        where p.fiscal_year_id = ? and p.result_status = 'PUBLISHED'
                        order by j.plan_id, j.number
                        """).param(fiscalYearId).query(rs -> {
            projects.computeIfAbsent(rs.getLong("plan_id"), id -> new ArrayList<>())
                    .add(project(rs));
        });
        return jdbc.sql("""
                        select id, department_code, status, policies, section_roles, summary, revision, revision_reason,
                               version, case when status in ('FINALIZED', 'PUBLISHED') then published_snapshot end as snapshot
                        from department_plan
                        where fiscal_year_id = ? and result_status = 'PUBLISHED'
                        order by id
                        """)
                .param(fiscalYearId)
                .query((rs, n) -> plan(rs, fiscalYearId, byCode, projects))
                .list();
    }

    /**
     * The results page's reading of {@link #published}: the plans' ids, departments and 総括, and their goals' numbers,
     * titles and results, in one statement: a row per plan, then a row per goal. No content, snapshot, description or
     * target is read: on the demo's results page, the snapshots alone were 13 KB a page to decompress, send and parse
     * (issue 19). The rows are put in order here, not by the database: sorting the joined rows with each plan's 総括 in
     * them cost PostgreSQL four times the whole statement without it (pgbench, 47 rows).
     *
     * <p>If the page has not read the municipality's plan settings yet (its scales and publication names, which a results
     * page shows), they are read in the same round trip, as a second statement sent with this one, and remembered for the
     * page ({@link PlanSettingRows}, {@link RoundTrips}). So are the {@code carried} statements of other modules (the
     * year's departments, {@link jp.hoshin.organization.Organization#describedCarried}).
     */
    List<PublishedResult> results(long fiscalYearId, String municipalityCode, List<RoundTrips.Carried> carried) {
        ResultsByPlan rows = new ResultsByPlan();
        boolean settingsRead = settings.remembered(municipalityCode);
        if (settingsRead && carried.isEmpty()) {
            jdbc.sql(RESULTS).params(fiscalYearId, fiscalYearId).query(rows);
            return rows.results();
        }
        List<RoundTrips.Statement> statements = new ArrayList<>();
        statements.add(RoundTrips.Statement.of(RESULTS, fiscalYearId, fiscalYearId));
        if (!settingsRead) {
            statements.add(RoundTrips.Statement.of(PlanSettingRows.SELECT, municipalityCode, municipalityCode));
        }
        roundTrips.send(statements, carried, results -> {
            results.each(rows);
            if (!settingsRead) {
                settings.remember(municipalityCode, results.read(PlanSettingRows::settings));
            }
            return rows;
        });
        return rows.results();
    }

    /** {@link #results}' statement; both parameters are the fiscal year's id. */
    private static final String RESULTS = """
            select p.id, p.department_code, p.summary, null::integer as number, null as title, null as result
            from department_plan p
            where p.fiscal_year_id = ? and p.result_status = 'PUBLISHED'
            union all
            select j.plan_id, null, null, j.number, j.title, j.result
            from plan_project j join department_plan p on p.id = j.plan_id
            where p.fiscal_year_id = ? and p.result_status = 'PUBLISHED'""";

    /** Rows of {@link #results}, in any order, gathered plan by plan: plans in id order, goals in number order. */
    private static final class ResultsByPlan implements RowCallbackHandler {

        private final Map<Long, Plan> plans = new TreeMap<>();

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            Plan plan = plans.computeIfAbsent(rs.getLong(1), id -> new Plan());
            Integer number = rs.getObject(4, Integer.class);
            if (number == null) {
                plan.department = rs.getString(2);
                plan.summary = rs.getString(3);
            } else {
                plan.goals.add(new PublishedResult.Goal(number, rs.getString(5), rs.getString(6)));
            }
        }

        List<PublishedResult> results() {
            List<PublishedResult> results = new ArrayList<>(plans.size());
            plans.forEach((id, plan) -> {
                plan.goals.sort(Comparator.comparingInt(PublishedResult.Goal::number));
                results.add(new PublishedResult(id, plan.department, plan.goals, plan.summary));
            });
            return results;
        }

        private static final class Plan {
            private String department = "";
            private @Nullable String summary;
            private final List<PublishedResult.Goal> goals = new ArrayList<>();
        }
    }

    /**
     * What citizens may read of the projects of these years linked to the element, one row per project of a published
     * plan (its number, title and result) or per plan under revision whose finalised snapshot links a project to it
     * (the snapshot, which then says which), in year, plan and number order: one statement, no project not linked.
     */
    List<LinkedProjectRow> linkedTo(Collection<Long> years, String elementKey) {
        return jdbc.sql("""
                        select pl.fiscal_year_id, pl.department_code, pl.result_status, p.number, p.title, p.result,
                            case when pl.status = 'PUBLISHED' then null else pl.published_snapshot end as snapshot
                        from department_plan pl
                          left join plan_project p
                            on p.plan_id = pl.id and p.policy_element_key = :key and pl.status = 'PUBLISHED'
                        where pl.fiscal_year_id = any (:years)
                          and ((pl.status = 'PUBLISHED' and p.id is not null)
                            or (pl.status <> 'PUBLISHED' and pl.revision > 0
                                and pl.published_snapshot like '%"' || :key || '"%'))
                        order by pl.fiscal_year_id, pl.id, p.number
                        """)
                .param("years", years.toArray(Long[]::new))
                .param("key", elementKey)
                .query((rs, n) -> {
                    String resultStatus = rs.getString("result_status");
                    Integer number = rs.getObject("number", Integer.class);
                    return new LinkedProjectRow(
                            rs.getLong("fiscal_year_id"),
                            rs.getString("department_code"),
                            resultStatus == null ? null : PlanStatus.valueOf(resultStatus),
                            number,
                            rs.getString("title"),
                            rs.getString("result"),
                            rs.getString("snapshot"));
                })
                .list();
    }

    private DepartmentPlanView plan(
            ResultSet rs, long fiscalYearId, Map<String, DepartmentView> byCode, Map<Long, List<ProjectView>> projects)
            throws SQLException {
        long id = rs.getLong("id");
        String departmentCode = rs.getString("department_code");
        PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
        MissionAndResources m = store.missionAndResources(
                fiscalYearId,
                departmentCode,
                status,
                rs.getString("snapshot"),
                byCode.get(departmentCode),
                () -> "plan " + id);
        return new DepartmentPlanView(
                id,
                fiscalYearId,
                departmentCode,
                status,
                new PlanContent(
                        m.missionHeadline(),
                        m.mission(),
                        SECTION_ROLES.convertToEntityAttribute(rs.getString("section_roles")),
                        m.staffCount(),
                        m.budgetYen(),
                        rs.getString("policies")),
                List.copyOf(projects.getOrDefault(id, List.of())),
                rs.getString("summary"),
                PlanStatus.PUBLISHED,
                rs.getInt("revision"),
                rs.getString("revision_reason"),
                rs.getLong("version"));
    }

    private static ProjectView project(ResultSet rs) throws SQLException {
        return new ProjectView(
                rs.getLong("id"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("lead_section"),
                rs.getString("description"),
                rs.getBoolean("main_project"),
                List.copyOf(TARGETS.convertToEntityAttribute(rs.getString("targets"))),
                rs.getString("result"),
                rs.getString("result_explanation"),
                nullableLong(rs, "carried_from_id"),
                rs.getString("policy_element_key"),
                nullableLong(rs, "continued_from_id"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
