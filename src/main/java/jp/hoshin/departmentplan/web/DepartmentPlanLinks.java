package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.organization.DepartmentLinks;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Component;

/** The department's published 運営方針と目標 (and its results, once published), for the department's public page. */
@Component
class DepartmentPlanLinks implements DepartmentLinks {

    private final PublishedPlans plans;

    DepartmentPlanLinks(PublishedPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<Link> linksOf(String municipalityCode, int year, String departmentCode) {
        return plans.publishedPlans(municipalityCode, year).stream()
                .filter(p -> p.departmentCode().equals(departmentCode))
                .map(p -> new Link(
                        Messages.get("departmentplan.link.kind"),
                        p.plan().resultStatus() == PlanStatus.PUBLISHED
                                ? Messages.get("departmentplan.link.withResults", p.departmentName())
                                : Messages.get("departmentplan.link.plan", p.departmentName()),
                        PublicPlanController.planHref(municipalityCode, year, departmentCode)))
                .toList();
    }
}
