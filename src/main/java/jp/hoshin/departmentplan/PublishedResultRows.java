package jp.hoshin.departmentplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.organization.DepartmentView;
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
    private final PlanStore store;

    PublishedResultRows(JdbcClient jdbc, PlanStore store) {
        this.jdbc = jdbc;
        this.store = store;
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
     * The results page's reading of {@link #published}: the plans' ids, departments and 総括 with their goals' numbers,
     * titles and results, in one statement (a plan without goals is a row of its own); the 総括 is sent only on a plan's
     * first row, not repeated on every goal's. No content, snapshot, description or target is read: on the demo's
     * results page, the snapshots alone were 13 KB a page to decompress, send and parse (issue 19).
     */
    List<PublishedResult> results(long fiscalYearId) {
        ResultsByPlan rows = new ResultsByPlan();
        jdbc.sql("""
                        select p.id, p.department_code,
                               case when row_number() over (partition by p.id order by j.number) = 1
                                    then p.summary end as summary,
                               j.number, j.title, j.result
                        from department_plan p left join plan_project j on j.plan_id = p.id
                        where p.fiscal_year_id = ? and p.result_status = 'PUBLISHED'
                        order by p.id, j.number
                        """).param(fiscalYearId).query(rows);
        return rows.results();
    }

    /** Rows of {@link #results} (in plan order, a plan's goals in number order) gathered plan by plan. */
    private static final class ResultsByPlan implements RowCallbackHandler {

        private final List<PublishedResult> results = new ArrayList<>();
        private final List<PublishedResult.Goal> goals = new ArrayList<>();
        private long plan = -1;
        private String department = "";
        private @Nullable String summary;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (id != plan) {
                finishPlan();
                plan = id;
                department = rs.getString("department_code");
                summary = rs.getString("summary");
            }
            Integer number = rs.getObject("number", Integer.class);
            if (number != null) {
                goals.add(new PublishedResult.Goal(number, rs.getString("title"), rs.getString("result")));
            }
        }

        List<PublishedResult> results() {
            finishPlan();
            return results;
        }

        private void finishPlan() {
            if (plan >= 0) {
                results.add(new PublishedResult(plan, department, goals, summary));
                goals.clear();
                plan = -1;
            }
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
