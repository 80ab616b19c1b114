package jp.hoshin.evaluation;

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
class EvaluationAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;
    private final FiscalYears fiscalYears;

    EvaluationAuditOwner(EntityManager em, FiscalYears fiscalYears) {
        this.em = em;
        this.fiscalYears = fiscalYears;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("EvaluationSheet", "LaborUnitCost");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        if ("LaborUnitCost".equals(entityName)) {
            return em
                    .createQuery("select c.municipalityCode from LaborUnitCost c where c.id = ?1", String.class)
                    .setParameter(1, id)
                    .getResultList()
                    .stream()
                    .findFirst();
        }
        List<Long> found = em.createQuery("select s.fiscalYearId from EvaluationSheet s where s.id = ?1", Long.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst().flatMap(fiscalYears::findById).map(FiscalYearView::municipalityCode);
    }
}
