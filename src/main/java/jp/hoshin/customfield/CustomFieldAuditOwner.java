package jp.hoshin.customfield;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CustomFieldAuditOwner implements AuditedRecordOwner {

    private final EntityManager em;

    CustomFieldAuditOwner(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("FieldDefinition", "FieldValues");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        String jpql = "FieldDefinition".equals(entityName)
                ? "select d.municipalityCode from FieldDefinition d where d.id = ?1"
                : "select v.municipalityCode from FieldValues v where v.id = ?1";
        List<String> found =
                em.createQuery(jpql, String.class).setParameter(1, id).getResultList();
        return found.stream().findFirst();
    }
}
