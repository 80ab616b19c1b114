package jp.hoshin.policyplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Says which municipality a plan, element, progress text, indicator or value belongs to, for the history page. */
@Component
class PolicyPlanAuditOwner implements AuditedRecordOwner {

    private static final Map<String, String> MUNICIPALITY_OF = Map.of(
            "PolicyPlan", "select p.municipalityId from PolicyPlan p where p.id = ?1",
            "PolicyPlanRevision", "select r.plan.municipalityId from PolicyPlanRevision r where r.id = ?1",
            "PolicyPlanPhase", "select r.plan.municipalityId from PolicyPlanPhase r where r.id = ?1",
            "PolicyElement", "select e.plan.municipalityId from PolicyElement e where e.id = ?1",
            "ElementProgress",
                    "select e.plan.municipalityId from ElementProgress p, PolicyElement e where p.id = ?1 and e.id = p.elementId",
            "Indicator", "select i.municipalityId from Indicator i where i.id = ?1",
            "IndicatorValue", "select v.indicator.municipalityId from IndicatorValue v where v.id = ?1",
            "IndicatorPlacement",
                    "select i.municipalityId from IndicatorPlacement p, Indicator i where p.id = ?1 and i.id = p.indicatorId");

    private final EntityManager em;
    private final Municipalities municipalities;

    PolicyPlanAuditOwner(EntityManager em, Municipalities municipalities) {
        this.em = em;
        this.municipalities = municipalities;
    }

    @Override
    public Set<String> entityNames() {
        return MUNICIPALITY_OF.keySet();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        List<Long> found = em.createQuery(MUNICIPALITY_OF.get(entityName), Long.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst().flatMap(municipalities::findById).map(MunicipalityView::code);
    }
}
