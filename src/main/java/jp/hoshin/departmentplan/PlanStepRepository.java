package jp.hoshin.departmentplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanStepRepository extends JpaRepository<PlanStep, Long> {

    List<PlanStep> findByPlanIdOrderByTakenAt(long planId);

    /** When the last plan of the year, or its results, was published (公表). */
    @Query(
            value = "select max(s.taken_at) from department_plan_step s join department_plan p on p.id = s.plan_id"
                    + " where p.fiscal_year_id = ?1 and s.to_status = 'PUBLISHED'",
            nativeQuery = true)
    Optional<Instant> lastPublished(long fiscalYearId);
}
