package jp.hoshin.measureevaluation;

import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MeasureEvaluationAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;

    MeasureEvaluationAuditOwner(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("MeasureEvaluation", "MeasureEvaluationSetting", "MeasureEvaluationYear");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        if (!entityNames().contains(entityName)) {
            return Optional.empty();
        }
        return em
                .createQuery("select e.municipalityCode from " + entityName + " e where e.id = ?1", String.class)
                .setParameter(1, id)
                .getResultList()
                .stream()
                .findFirst();
    }
}
