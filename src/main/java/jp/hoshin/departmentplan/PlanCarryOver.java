package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 繰り越し — goals of a department's latest earlier plan that were not achieved, offered to this year's draft and carried
 * into it with a link to where they came from, so a goal can be followed across years.
 */
@Service
public class PlanCarryOver {

    private final PlanStore store;
    private final DepartmentPlanRepository plans;
    private final FiscalYears fiscalYears;
    private final EarlierPlans earlier;
    private final ProgressScales scales;

    PlanCarryOver(
            PlanStore store,
            DepartmentPlanRepository plans,
            FiscalYears fiscalYears,
            EarlierPlans earlier,
            ProgressScales scales) {
        this.store = store;
        this.plans = plans;
        this.fiscalYears = fiscalYears;
        this.earlier = earlier;
        this.scales = scales;
    }

    /**
     * Goals of the department's latest earlier finalised plan (found along the organisation's lineage, so a renamed
     * department keeps its goals) that were not achieved (a result on a level of the municipality's result scale not
     * marked as achieved: by default 一部達成, 着手, 未達成) and are not yet carried or copied
     * (継続) into this year's plan: what opening the next year offers to carry over.
     */
    @Transactional(readOnly = true)
    public List<ProjectView> unfinishedFromEarlierYear(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        Set<Long> carried = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .map(p -> p.projectViews().stream()
                        .flatMap(pr -> java.util.stream.Stream.of(pr.carriedFromId(), pr.continuedFromId()))
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        ProgressScale scale = scales.scale(ref.municipalityCode(), ScaleKind.RESULT);
        return earlier.latestFinalised(ref)
                .map(p -> p.projectViews().stream()
                        .filter(pr -> pr.result() != null && !scale.counts(ScaleKind.RESULT, pr.result()))
                        .filter(pr -> !carried.contains(pr.id()))
                        .toList())
                .orElse(List.of());
    }

    /** Carries the chosen unfinished goals into this year's draft, keeping the link to where they came from. */
    @Transactional
    public DepartmentPlanView carryOver(PlanReference ref, long editedVersion, List<Long> projectIds) {
        List<ProjectView> offered = unfinishedFromEarlierYear(ref);
        DepartmentPlan plan = store.load(ref, editedVersion);
        for (Long id : projectIds) {
            ProjectView from = offered.stream()
                    .filter(p -> p.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleException(Messages.get("departmentplan.carry.notOffered", id)));
            plan.addProject(from.withoutResult().content().withCarriedFromId(from.id()));
        }
        return store.flushed(plan);
    }
}
