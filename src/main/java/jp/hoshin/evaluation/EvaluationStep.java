package jp.hoshin.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.hoshin.shared.workflow.StepRow;
import jp.hoshin.shared.workflow.WorkflowStep;

/** One step taken on an evaluation sheet (a row of {@code evaluation_sheet_step}): from which stage to which, who, when, why. */
@Entity
@Table(name = "evaluation_sheet_step")
class EvaluationStep extends StepRow {

    private long sheetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private EvaluationStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private EvaluationStage to;

    protected EvaluationStep() {}

    EvaluationStep(long sheetId, WorkflowStep<EvaluationStage> step) {
        super(step);
        this.sheetId = sheetId;
        this.from = step.from();
        this.to = step.to();
    }

    EvaluationStepView view() {
        return new EvaluationStepView(from, to, takenBy(), takenAt(), comment());
    }
}
