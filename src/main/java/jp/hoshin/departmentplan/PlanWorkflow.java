package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 運営方針と目標の手続き — a plan's workflow 作成中 → 提出 → 協議 → 確定 → 公表, with 差し戻し, consultation comments and
 * 改訂: each act of {@link DepartmentPlan} (which holds the rules and their messages) recorded as a step with who and
 * when, all or nothing. Callers check roles ({@code jp.hoshin.identity.Access}) first.
 */
@Service
public class PlanWorkflow {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanStore store;
    private final DepartmentPlanRepository plans;
    private final PlanStepRepository steps;
    private final FiscalYears fiscalYears;
    private final jp.hoshin.customfield.CustomFields extraFields;

    PlanWorkflow(
            PlanStore store,
            DepartmentPlanRepository plans,
            PlanStepRepository steps,
            FiscalYears fiscalYears,
            jp.hoshin.customfield.CustomFields extraFields) {
        this.extraFields = extraFields;
        this.store = store;
        this.plans = plans;
        this.steps = steps;
        this.fiscalYears = fiscalYears;
    }

    @Transactional
    public DepartmentPlanView submit(PlanReference ref, long editedVersion, String by) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, false, plan.submit(store.missionAndResources(plan, null)), by, null);
    }

    @Transactional
    public DepartmentPlanView startConsultation(PlanReference ref, long editedVersion, String by) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, false, plan.startConsultation(), by, null);
    }

    @Transactional
    public DepartmentPlanView sendBack(PlanReference ref, long editedVersion, String by, String reason) {
        DepartmentPlan.sendBackReason(reason);
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, false, plan.sendBack(reason), by, reason);
    }

    /**
     * A comment in the consultation (協議) of the plan or of its results, by the planning section, the
     * mayor's office or the department: kept in the plan's record of steps with who and when. Only while
     * the plan (or its results) is 提出 or 協議; the plan itself does not change.
     */
    @Transactional
    public void comment(PlanReference ref, boolean results, String by, String comment) {
        DepartmentPlan.commentText(comment);
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        fy.requireOpen();
        DepartmentPlan plan = plans.findByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .orElseThrow(() -> PlanStore.notFound(fy, ref));
        store.record(plan, results, plan.comment(results, comment), by, comment);
    }

    @Transactional
    public DepartmentPlanView finalizeAfterConsultation(PlanReference ref, long editedVersion, String by) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        // 独自項目 keep their labels and values as finalised (PlanExtraFields.published reads them)
        extraFields.freeze(ref.municipalityCode(), jp.hoshin.customfield.FieldTarget.PLAN, List.of(plan.id()));
        extraFields.freeze(ref.municipalityCode(), jp.hoshin.customfield.FieldTarget.PROJECT, plan.projectIds());
        return store.record(
                plan, false, plan.finalizeAfterConsultation(JSON.writeValueAsString(store.view(plan))), by, null);
    }

    @Transactional
    public DepartmentPlanView publish(PlanReference ref, long editedVersion, String by) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, false, plan.publish(), by, null);
    }

    @Transactional
    public DepartmentPlanView startRevision(PlanReference ref, long editedVersion, String by, String reason) {
        DepartmentPlan.checkedRevisionReason(reason); // checked before the lookup: a stale form keeps its typed reason
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, false, plan.startRevision(reason), by, reason);
    }

    /** The steps and consultation comments of a plan and its results, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanStepView> steps(long planId) {
        return steps.findByPlanIdOrderByTakenAt(planId).stream()
                .map(PlanStep::view)
                .toList();
    }
}
