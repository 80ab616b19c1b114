package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 結果 — after the year, each project's result (達成 / 一部達成 / 着手 / 未達成, explanation, actual values) and the
 * 総括, and the results' own steps 提出 → 協議 → 確定 → 公表 with 差し戻し (recorded with track RESULTS). Callers check
 * roles first.
 */
@Service
public class PlanResults {

    private final PlanStore store;

    PlanResults(PlanStore store) {
        this.store = store;
    }

    @Transactional
    public DepartmentPlanView recordResult(
            PlanReference ref,
            long editedVersion,
            int number,
            AchievementStatus result,
            @Nullable String explanation,
            List<@Nullable BigDecimal> actualValues) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.recordResult(number, result, explanation, actualValues);
        return store.flushed(plan);
    }

    /** 総括 — the department's summary of the year (blank: none). */
    @Transactional
    public DepartmentPlanView summarize(PlanReference ref, long editedVersion, @Nullable String summary) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        plan.summarize(summary == null || summary.isBlank() ? null : summary.strip());
        return store.flushed(plan);
    }

    /**
     * Moves the results through their own steps: SUBMITTED (提出), IN_CONSULTATION (協議), DRAFT
     * (差し戻し, needs a comment), FINALIZED (確定), PUBLISHED (公表).
     */
    @Transactional
    public DepartmentPlanView moveResults(
            PlanReference ref, long editedVersion, PlanStatus to, String by, @Nullable String comment) {
        if (to == PlanStatus.DRAFT) {
            DepartmentPlan.sendBackReason(comment);
        }
        DepartmentPlan plan = store.load(ref, editedVersion);
        return store.record(plan, true, plan.moveResults(to, comment), by, comment);
    }
}
