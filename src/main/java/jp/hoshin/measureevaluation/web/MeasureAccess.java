package jp.hoshin.measureevaluation.web;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.Role;
import jp.hoshin.measureevaluation.MeasureEvaluationStage;
import jp.hoshin.policyplan.ElementOwners;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import jp.hoshin.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a measure evaluation sheet: the departments that own the measure (担当, 全庁 = every department)
 * write its 一次評価 while it is at that stage; the planning section writes it too, and takes every other step; staff of
 * the municipality (the mayor's office among them) read.
 */
@Component
class MeasureAccess {

    private final Access access;

    MeasureAccess(Access access) {
        this.access = access;
    }

    boolean canWriteFirst(String code, Measure measure, MeasureEvaluationStage stage) {
        if (stage != MeasureEvaluationStage.FIRST) {
            return false;
        }
        if (access.canAdminister(code)) {
            return true;
        }
        if (measure.ownerCodes().contains(ElementOwners.EVERY_DEPARTMENT)) {
            return access.currentStaff()
                    .map(s -> s.belongsTo(code) && s.role() == Role.DEPARTMENT_EDITOR)
                    .orElse(false);
        }
        return measure.ownerCodes().stream().anyMatch(d -> access.canEditDepartment(code, d));
    }

    void requireFirst(String code, Measure measure, MeasureEvaluationStage stage) {
        if (!canWriteFirst(code, measure, stage)) {
            throw new AccessDeniedException(
                    stage == MeasureEvaluationStage.FIRST
                            ? Messages.get("measureEvaluation.access.owner")
                            : Messages.get("measureEvaluation.access.submitted"));
        }
    }
}
