package jp.hoshin.departmentplan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.ElementLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published department-plan projects linked to a plan element, for the element's public page. */
@Component
class ProjectLinks implements ElementLinks {

    private final DepartmentPlanRepository plans;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    ProjectLinks(DepartmentPlanRepository plans, FiscalYears fiscalYears, Organization organization) {
        this.plans = plans;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedWork> linkedTo(String municipalityCode, String elementKey) {
        Map<Long, FiscalYearView> years = fiscalYears.list(municipalityCode).stream()
                .collect(Collectors.toMap(FiscalYearView::id, Function.identity()));
        if (years.isEmpty()) {
            return List.of();
        }
        List<DepartmentPlan> linked = plans.findLinkedTo(years.keySet(), elementKey);
        // department names of each year with a linked plan, one lookup per year
        Map<Long, Map<String, String>> names = linked.stream().map(DepartmentPlan::fiscalYearId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> organization.departments(years.get(id)).stream()
                        .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name))));
        return linked.stream()
                .flatMap(plan -> PublishedPlans.publicView(plan).stream().flatMap(view -> view.projects().stream()
                        .filter(p -> elementKey.equals(p.policyElementKey()))
                        .map(p -> {
                            FiscalYearView fy = years.get(plan.fiscalYearId());
                            int year = fy.year().startYear();
                            String department = names.get(plan.fiscalYearId()).getOrDefault(plan.departmentCode(), plan.departmentCode());
                            return new LinkedWork(year, fy.year().label() + " " + department + "の運営方針と目標",
                                    p.number() + " " + p.title(), "/m/" + municipalityCode + "/" + year + "/plans/" + plan.departmentCode());
                        })))
                .sorted(Comparator.comparingInt(LinkedWork::fiscalYear).reversed())
                .toList();
    }
}
