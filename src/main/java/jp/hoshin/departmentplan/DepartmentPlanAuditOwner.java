package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DepartmentPlanAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;
    private final FiscalYears fiscalYears;

    DepartmentPlanAuditOwner(EntityManager em, FiscalYears fiscalYears) {
        this.em = em;
        this.fiscalYears = fiscalYears;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("DepartmentPlan", "PlanProject");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        String jpql = "DepartmentPlan".equals(entityName)
                ? "select p.fiscalYearId from DepartmentPlan p where p.id = ?1"
                : "select p.plan.fiscalYearId from PlanProject p where p.id = ?1";
        List<Long> found = em.createQuery(jpql, Long.class).setParameter(1, id).getResultList();
        return found.stream().findFirst().flatMap(fiscalYears::findById).map(FiscalYearView::municipalityCode);
    }
}
