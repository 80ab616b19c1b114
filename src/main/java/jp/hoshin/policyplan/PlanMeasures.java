package jp.hoshin.policyplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 施策 — the measures of a municipality's basic plans with their place in the plan, for what is kept per measure
 * elsewhere (施策評価). {@code id} is the measure's stable identity (the element's id), {@code path} its ancestors from
 * the root (部 / 基本目標 / 政策), {@code ownerCodes} the departments that own it by 担当 (see {@link ElementOwners}).
 */
@Service
public class PlanMeasures {

    /** A measure in its plan. */
    public record Measure(
            long id,
            String planKey,
            String planName,
            ElementRow element,
            List<ElementRow> path,
            List<String> ownerCodes) {

        public String key() {
            return element.key();
        }

        public String title() {
            return element.title();
        }

        /** The root of the path (the basic plan's 部 or 基本目標), or the measure itself at the top. */
        public ElementRow area() {
            return path.isEmpty() ? element : path.getFirst();
        }
    }

    private final Municipalities municipalities;
    private final PolicyPlanRepository plans;
    private final PolicyPlans policyPlans;

    PlanMeasures(Municipalities municipalities, PolicyPlanRepository plans, PolicyPlans policyPlans) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.policyPlans = policyPlans;
    }

    /** Every measure of the municipality's basic plans, plan by plan in structure order. */
    @Transactional(readOnly = true)
    public List<Measure> measures(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        ElementOwners owners = policyPlans.owners(m.code());
        List<Measure> result = new ArrayList<>();
        for (PolicyPlan plan : plans.findByMunicipalityIdOrderByPosition(m.id())) {
            if (plan.row().kind() != PolicyPlanKind.BASIC_PLAN) {
                continue;
            }
            Map<String, ElementRow> byKey = new HashMap<>();
            plan.elements().forEach(e -> byKey.put(e.key(), e.row()));
            for (PolicyElement e : plan.elements()) {
                if (e.row().kind() != ElementKind.MEASURE) {
                    continue;
                }
                List<ElementRow> path = new ArrayList<>();
                String parent = e.row().parentKey();
                while (parent != null && byKey.containsKey(parent) && path.size() < 20) {
                    ElementRow p = byKey.get(parent);
                    path.addFirst(p);
                    parent = p.parentKey();
                }
                result.add(new Measure(
                        e.id(), plan.key(), plan.row().name(), e.row(), List.copyOf(path), owners.of(e.row())));
            }
        }
        return result;
    }

    /** One measure of a basic plan by the plan's ID and the element's key. */
    @Transactional(readOnly = true)
    public Optional<Measure> measure(String municipalityCode, String planKey, String elementKey) {
        return measures(municipalityCode).stream()
                .filter(x -> x.planKey().equals(planKey) && x.key().equals(elementKey))
                .findFirst();
    }
}
