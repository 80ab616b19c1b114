package jp.hoshin.organization;

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
class OrganizationAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;
    private final FiscalYears fiscalYears;

    OrganizationAuditOwner(EntityManager em, FiscalYears fiscalYears) {
        this.em = em;
        this.fiscalYears = fiscalYears;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("Department", "Section", "DepartmentLineage");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        String jpql = switch (entityName) {
            case "Department" -> "select d.fiscalYearId from Department d where d.id = ?1";
            case "Section" -> "select s.department.fiscalYearId from Section s where s.id = ?1";
            default ->
                "select d.fiscalYearId from DepartmentLineage l, Department d where l.id = ?1 and d.id = l.successorId";
        };
        List<Long> found = em.createQuery(jpql, Long.class).setParameter(1, id).getResultList();
        return found.stream().findFirst().flatMap(fiscalYears::findById).map(FiscalYearView::municipalityCode);
    }
}
