package jp.hoshin.committee;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CommitteeAuditOwner implements AuditedRecordOwner {

    private static final Set<String> NAMES = Set.of(
            "Committee",
            "CommitteeMember",
            "CommitteeMeeting",
            "CommitteeMeasureReview",
            "CommitteeRecommendation",
            "CommitteeFollowUp",
            "CommitteeRatingSetting");

    private final EntityManager em;

    CommitteeAuditOwner(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> entityNames() {
        return NAMES;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        if (!NAMES.contains(entityName)) {
            return Optional.empty();
        }
        List<String> found = em.createQuery(
                        "select e.municipalityCode from " + entityName + " e where e.id = ?1", String.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst();
    }
}
