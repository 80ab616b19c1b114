package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentHistory;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 比較 — which two versions of a department's plan the compare page sets side by side: the finalised version beside
 * the revision being written, or the plans of two years of the department (along the organisation's lineage). Staff
 * only; callers check roles first.
 */
@Service
public class PlanComparisons {

    /** The two versions compared, with what each side is (e.g. 確定版 / 改訂中, 令和2年度 / 令和3年度). */
    public record Compared(
            String leftLabel,
            String rightLabel,
            DepartmentPlanView left,
            DepartmentPlanView right,
            PlanComparison comparison) {}

    /** The years a department's plan can be compared with (other years of its lineage that have a plan). */
    public record OtherYear(int year, String label, String departmentCode) {}

    private final DepartmentPlanRepository plans;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PlanStore store;

    PlanComparisons(
            DepartmentPlanRepository plans, FiscalYears fiscalYears, Organization organization, PlanStore store) {
        this.store = store;
        this.plans = plans;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /** The finalised version (left) beside the plan as it now stands (right). */
    @Transactional(readOnly = true)
    public Compared revision(PlanReference ref) {
        DepartmentPlan plan = plan(ref);
        DepartmentPlanView finalised = plan.finalisedVersion()
                .orElseThrow(() -> new BusinessRuleException(Messages.get("compare.noFinalised")));
        DepartmentPlanView now = store.view(plan);
        return new Compared(
                Messages.get("compare.side.finalised"),
                Messages.get("compare.side.current", now.status().label()),
                finalised,
                now,
                PlanComparison.of(finalised, now));
    }

    /** The department's plans of {@code otherYear} and of this year, the earlier year on the left. */
    @Transactional(readOnly = true)
    public Compared years(PlanReference ref, int otherYear) {
        if (otherYear == ref.year()) {
            throw new BusinessRuleException(Messages.get("compare.sameYear"));
        }
        OtherYear other = otherYears(ref).stream()
                .filter(o -> o.year() == otherYear)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get(
                        "compare.noPlanInYear",
                        fiscalYears
                                .get(ref.municipalityCode(), otherYear)
                                .year()
                                .label())));
        DepartmentPlanView thisYear = shown(plan(ref));
        DepartmentPlanView that =
                shown(plan(new PlanReference(ref.municipalityCode(), otherYear, other.departmentCode())));
        String thisLabel =
                fiscalYears.get(ref.municipalityCode(), ref.year()).year().label();
        if (otherYear < ref.year()) {
            return new Compared(other.label(), thisLabel, that, thisYear, PlanComparison.of(that, thisYear));
        }
        return new Compared(thisLabel, other.label(), thisYear, that, PlanComparison.of(thisYear, that));
    }

    /** Other years of the department's lineage with a plan, latest first. */
    @Transactional(readOnly = true)
    public List<OtherYear> otherYears(PlanReference ref) {
        DepartmentHistory history = organization.history(ref.municipalityCode(), ref.year(), ref.departmentCode());
        return history.entries().stream()
                .filter(e -> e.year().startYear() != ref.year())
                .filter(e -> {
                    FiscalYearView fy =
                            fiscalYears.get(ref.municipalityCode(), e.year().startYear());
                    return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), e.code())
                            .isPresent();
                })
                .map(e -> new OtherYear(e.year().startYear(), e.year().label(), e.code()))
                .distinct()
                .sorted(java.util.Comparator.comparingInt(OtherYear::year).reversed())
                .toList();
    }

    /** A year's plan as compared: its finalised version when there is one, else the draft. */
    private DepartmentPlanView shown(DepartmentPlan plan) {
        return plan.finalisedVersion().orElseGet(() -> store.view(plan));
    }

    private DepartmentPlan plan(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .orElseThrow(() -> PlanStore.notFound(fy, ref));
    }
}
