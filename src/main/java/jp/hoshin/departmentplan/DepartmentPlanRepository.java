package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentPlanRepository extends JpaRepository<DepartmentPlan, Long> {

    Optional<DepartmentPlan> findByFiscalYearIdAndDepartmentCode(long fiscalYearId, String departmentCode);

    List<DepartmentPlan> findByFiscalYearId(long fiscalYearId);
}
