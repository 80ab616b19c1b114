package jp.hoshin.publiccomment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PublicCommentAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;

    PublicCommentAuditOwner(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("IndividualPlan", "DraftDocument", "Consultation", "Opinion");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        String jpql = switch (entityName) {
            case "IndividualPlan" -> "select p.municipalityCode from IndividualPlan p where p.id = ?1";
            case "DraftDocument" ->
                "select p.municipalityCode from IndividualPlan p, DraftDocument d where d.planId = p.id and d.id = ?1";
            case "Consultation" -> "select c.municipalityCode from Consultation c where c.id = ?1";
            default ->
                "select c.municipalityCode from Consultation c, Opinion o where o.consultationId = c.id and o.id = ?1";
        };
        List<String> found =
                em.createQuery(jpql, String.class).setParameter(1, id).getResultList();
        return found.stream().findFirst();
    }
}
