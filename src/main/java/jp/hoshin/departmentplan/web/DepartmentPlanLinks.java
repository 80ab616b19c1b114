package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PublishedPlans;
import jp.hoshin.organization.DepartmentLinks;
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
                .map(p -> new Link("運営方針と目標", p.plan().resultStatus() == PlanStatus.PUBLISHED
                        ? p.departmentName() + "の運営方針と目標・結果" : p.departmentName() + "の運営方針と目標",
                        PublicPlanController.planHref(municipalityCode, year, departmentCode)))
                .toList();
    }
}
