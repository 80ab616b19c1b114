package jp.hoshin.departmentplan;

import java.util.List;
import java.util.Optional;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 前年度の内容を写す — a new year's draft starts from the department's latest earlier finalised plan (along the
 * organisation's lineage): 使命・目標, 各課の役割 and 実施方針 copied, this year's resources kept, and each project copied
 * and marked as continued (継続) from the earlier one — except the goals last year left unfinished, which
 * {@link PlanCarryOver} offers as today's carry-over. The editor then removes what does not continue. A draft that
 * already holds projects, policies or section roles is overwritten only when the caller confirms.
 */
@Service
public class PlanCopy {

    /** What would be copied: the earlier plan's year and department, and how many projects continue or are offered. */
    public record CopySource(int year, String departmentCode, String departmentName, int continued, int unfinished) {}

    private final EarlierPlans earlier;
    private final DepartmentPlanRepository plans;
    private final DepartmentPlans drafts;
    private final PlanStore store;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final ProgressScales scales;

    PlanCopy(
            EarlierPlans earlier,
            DepartmentPlanRepository plans,
            DepartmentPlans drafts,
            PlanStore store,
            FiscalYears fiscalYears,
            Organization organization,
            ProgressScales scales) {
        this.scales = scales;
        this.earlier = earlier;
        this.plans = plans;
        this.drafts = drafts;
        this.store = store;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    /** The plan a copy would start from, if any. */
    @Transactional(readOnly = true)
    public Optional<CopySource> source(PlanReference ref) {
        return earlier.latestFinalised(ref).map(p -> {
            FiscalYearView fy = earlier.yearOf(p, ref.municipalityCode());
            DepartmentPlanView v = p.finalisedVersion().orElseThrow();
            ProgressScale scale = scales.scale(ref.municipalityCode(), ScaleKind.RESULT);
            long unfinished =
                    v.projects().stream().filter(pr -> unfinished(scale, pr)).count();
            return new CopySource(
                    fy.year().startYear(),
                    p.departmentCode(),
                    organization
                            .department(ref.municipalityCode(), fy.year().startYear(), p.departmentCode())
                            .name(),
                    v.projects().size() - (int) unfinished,
                    (int) unfinished);
        });
    }

    /** Whether this year's draft would be overwritten (it exists and holds something of its own). */
    @Transactional(readOnly = true)
    public boolean wouldOverwrite(PlanReference ref) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .map(p -> !p.isEmptyDraft())
                .orElse(false);
    }

    /**
     * Copies last year's finalised plan into this year's draft (started when there is none). {@code editedVersion}
     * is the draft's version the page showed (null when there was no draft); {@code overwrite} confirms replacing a
     * draft that holds something.
     */
    @Transactional
    public DepartmentPlanView copyFromEarlierYear(PlanReference ref, @Nullable Long editedVersion, boolean overwrite) {
        DepartmentPlan source = earlier.latestFinalised(ref)
                .orElseThrow(() -> new BusinessRuleException(Messages.get("departmentplan.copy.noSource")));
        DepartmentPlanView from = source.finalisedVersion().orElseThrow();
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        DepartmentPlan plan;
        if (plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .isEmpty()) {
            if (editedVersion != null) {
                throw new jp.hoshin.shared.ConcurrentEditException();
            }
            drafts.startDraft(ref);
            plan = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                    .orElseThrow();
        } else {
            if (editedVersion == null) {
                throw new jp.hoshin.shared.ConcurrentEditException();
            }
            plan = store.load(ref, editedVersion);
            if (!plan.isEmptyDraft() && !overwrite) {
                throw new BusinessRuleException(Messages.get("departmentplan.copy.confirmOverwrite"));
            }
        }
        PlanContent now = drafts.initialContent(ref);
        plan.startOver(new PlanContent(
                from.content().missionHeadline(),
                from.content().mission(),
                from.content().sectionRoles(),
                now.staffCount(),
                now.budgetYen(),
                from.content().policies()));
        // 使命・目標 are kept once, on the organisation's department of the year (this year's resources stay)
        organization.writeMissionAndResources(
                ref.municipalityCode(),
                ref.year(),
                ref.departmentCode(),
                null,
                from.content().missionHeadline(),
                from.content().mission(),
                now.staffCount(),
                now.budgetYen());
        plans.flush();
        ProgressScale scale = scales.scale(ref.municipalityCode(), ScaleKind.RESULT);
        List<ProjectView> continued =
                from.projects().stream().filter(p -> !unfinished(scale, p)).toList();
        for (ProjectView p : continued) {
            plan.addContinuedProject(p.withoutResult().content().withCarriedFromId(null), p.id(), p.policyElementKey());
        }
        return store.flushed(plan);
    }

    /** A goal last year left unfinished (not achieved on the result scale): offered as carry-over rather than copied. */
    private static boolean unfinished(ProgressScale scale, ProjectView p) {
        return p.result() != null && !scale.counts(ScaleKind.RESULT, p.result());
    }
}
