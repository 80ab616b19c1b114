package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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
}
