package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 結果 — after the year, each project's result (a level of the municipality's result scale, {@link ScaleKind#RESULT}:
 * by default 達成 / 一部達成 / 着手 / 未達成; the label is kept as recorded), explanation, actual values, and the
 * 総括, and the results' own steps 提出 → 協議 → 確定 → 公表 with 差し戻し (recorded with track RESULTS). Callers check
 * roles first.
 */
@Service
public class PlanResults {

    private final PlanStore store;
    private final ProgressScales scales;

    PlanResults(PlanStore store, ProgressScales scales) {
        this.store = store;
        this.scales = scales;
    }

    /**
     * Why {@code label} cannot be recorded on a project, if it cannot: it must be a level of the municipality's result
     * scale, or the label the project already carries (recorded before the scale changed, it may stay).
     */
    public java.util.Optional<String> refusal(
            String municipalityCode, int number, @Nullable String label, @Nullable String current) {
        ProgressScale scale = scales.scale(municipalityCode, ScaleKind.RESULT);
        String wanted = label == null ? "" : label.strip();
        if (scale.level(wanted).isPresent() || (!wanted.isEmpty() && wanted.equals(current))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(jp.hoshin.shared.Messages.get(
                "departmentplan.resultScale.unknown", number, wanted, String.join("・", scale.labels())));
    }

    @Transactional
    public DepartmentPlanView recordResult(
            PlanReference ref,
            long editedVersion,
            int number,
            String result,
            @Nullable String explanation,
            List<@Nullable BigDecimal> actualValues) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        String label = result.strip();
        refusal(
                        ref.municipalityCode(),
                        number,
                        label,
                        plan.recordedResult(number).orElse(null))
                .ifPresent(problem -> {
                    throw new jp.hoshin.shared.BusinessRuleException(problem);
                });
        plan.recordResult(number, label, explanation, actualValues);
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
