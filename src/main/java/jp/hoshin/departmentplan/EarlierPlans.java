package jp.hoshin.departmentplan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentHistory;
import jp.hoshin.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * A department's plan of an earlier year, found along the organisation's lineage (a department renamed or merged keeps
 * its history): what copying last year's plan and carrying over unfinished goals start from. Runs in its callers'
 * transactions.
 */
@Component
class EarlierPlans {

    private final DepartmentPlanRepository plans;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    EarlierPlans(DepartmentPlanRepository plans, FiscalYears fiscalYears, Organization organization) {
        this.plans = plans;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /** The finalised plan of the latest earlier year of the department or its predecessors. */
    Optional<DepartmentPlan> latestFinalised(PlanReference ref) {
        Map<Integer, FiscalYearView> years = fiscalYears.list(ref.municipalityCode()).stream()
                .collect(Collectors.toMap(y -> y.year().startYear(), Function.identity()));
        List<DepartmentHistory.Entry> earlier =
                organization.history(ref.municipalityCode(), ref.year(), ref.departmentCode()).entries().stream()
                        .filter(e -> e.year().startYear() < ref.year())
                        .sorted(Comparator.comparing((DepartmentHistory.Entry e) -> e.year())
                                .reversed())
                        .toList();
        for (DepartmentHistory.Entry e : earlier) {
            FiscalYearView fy = years.get(e.year().startYear());
            if (fy == null) {
                continue;
            }
            Optional<DepartmentPlan> plan = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), e.code())
                    .filter(p -> p.finalisedVersion().isPresent());
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    FiscalYearView yearOf(DepartmentPlan plan, String municipalityCode) {
        return fiscalYears.list(municipalityCode).stream()
                .filter(y -> y.id() == plan.fiscalYearId())
                .findFirst()
                .orElseThrow();
    }
}
