package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.policyplan.ElementLinks;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Component;

/** The published department-plan projects linked to a plan element, as links on the element's public page. */
@Component
class PlanElementLinks implements ElementLinks {

    private final PublishedPlans plans;

    PlanElementLinks(PublishedPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<LinkedWork> linkedTo(String municipalityCode, String elementKey) {
        return plans.linkedTo(municipalityCode, elementKey).stream()
                .map(l -> {
                    int year = l.fiscalYear().year().startYear();
                    return new LinkedWork(
                            year,
                            Messages.get(
                                    "departmentplan.link.linkedWork",
                                    l.fiscalYear().year().label(),
                                    l.departmentName()),
                            l.project().number() + " " + l.project().title(),
                            PublicPlanController.planHref(municipalityCode, year, l.departmentCode()));
                })
                .toList();
    }
}
