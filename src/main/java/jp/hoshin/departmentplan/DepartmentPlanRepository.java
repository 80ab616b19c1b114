package jp.hoshin.departmentplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DepartmentPlanRepository extends JpaRepository<DepartmentPlan, Long> {

    Optional<DepartmentPlan> findByFiscalYearIdAndDepartmentCode(long fiscalYearId, String departmentCode);

    /**
     * The plan, locked until the transaction ends: two changes to the same plan (two projects added at once, each
     * numbered max + 1) run one after the other, and the second is refused by the version check instead of a
     * duplicate project number.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query(
            "select p from DepartmentPlan p where p.fiscalYearId = ?1 and p.departmentCode = ?2")
    Optional<DepartmentPlan> lockByFiscalYearIdAndDepartmentCode(long fiscalYearId, String departmentCode);

    List<DepartmentPlan> findByFiscalYearId(long fiscalYearId);

    /** The plans of the year whose results are published, with their projects (one query). */
    @Query("""
            select distinct p from DepartmentPlan p left join fetch p.projects
            where p.fiscalYearId = :fiscalYearId and p.resultStatus = jp.hoshin.departmentplan.PlanStatus.PUBLISHED
            """)
    List<DepartmentPlan> findWithPublishedResults(long fiscalYearId);

    /**
     * What citizens may read of the projects of these years linked to the element, one row per project of a published
     * plan (its number, title and result) or per plan under revision whose finalised snapshot links a project to it
     * (the snapshot, which then says which), in year, plan and number order: one query, no project not linked.
     */
    default List<LinkedProjectRow> findLinkedTo(Collection<Long> years, String elementKey) {
        return findLinkedRows(years, elementKey).stream()
                .map(r -> new LinkedProjectRow(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] == null ? null : PlanStatus.valueOf((String) r[2]),
                        r[3] == null ? null : ((Number) r[3]).intValue(),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }

    /**
     * {@link #findLinkedTo}'s rows. Native: Hibernate translates a query with a list parameter (the years) afresh at
     * every call, which cost more than reading the rows.
     */
    @Query(nativeQuery = true, value = """
            select pl.fiscal_year_id, pl.department_code, pl.result_status, p.number, p.title, p.result,
                case when pl.status = 'PUBLISHED' then null else pl.published_snapshot end
            from department_plan pl
              left join plan_project p on p.plan_id = pl.id and p.policy_element_key = :key and pl.status = 'PUBLISHED'
            where pl.fiscal_year_id in (:years)
              and ((pl.status = 'PUBLISHED' and p.id is not null)
                or (pl.status <> 'PUBLISHED' and pl.revision > 0 and pl.published_snapshot like '%"' || :key || '"%'))
            order by pl.fiscal_year_id, pl.id, p.number
            """)
    List<Object[]> findLinkedRows(@Param("years") Collection<Long> years, @Param("key") String elementKey);
}
