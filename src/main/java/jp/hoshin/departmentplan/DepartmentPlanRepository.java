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
    @Query("""
            select new jp.hoshin.departmentplan.LinkedProjectRow(pl.fiscalYearId, pl.departmentCode, pl.resultStatus,
                p.number, p.title, p.result,
                case when pl.status = jp.hoshin.departmentplan.PlanStatus.PUBLISHED then null else pl.publishedSnapshot end)
            from DepartmentPlan pl
              left join PlanProject p on p.plan = pl and p.policyElementKey = :key
                and pl.status = jp.hoshin.departmentplan.PlanStatus.PUBLISHED
            where pl.fiscalYearId in :years
              and ((pl.status = jp.hoshin.departmentplan.PlanStatus.PUBLISHED and p.id is not null)
                or (pl.status <> jp.hoshin.departmentplan.PlanStatus.PUBLISHED and pl.revision > 0
                  and pl.publishedSnapshot like concat('%"', :key, '"%')))
            order by pl.fiscalYearId, pl.id, p.number
            """)
    List<LinkedProjectRow> findLinkedTo(@Param("years") Collection<Long> years, @Param("key") String elementKey);
}
