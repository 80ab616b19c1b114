package jp.hoshin.measureevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.hoshin.shared.workflow.StepRow;
import jp.hoshin.shared.workflow.WorkflowStep;

/** One step taken on a measure evaluation sheet (a row of {@code measure_evaluation_step}). */
@Entity
@Table(name = "measure_evaluation_step")
class MeasureEvaluationStep extends StepRow {

    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private MeasureEvaluationStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private MeasureEvaluationStage to;

    protected MeasureEvaluationStep() {}

    MeasureEvaluationStep(long evaluationId, WorkflowStep<MeasureEvaluationStage> step) {
        super(step);
        this.evaluationId = evaluationId;
        this.from = step.from();
        this.to = step.to();
    }

    MeasureEvaluationStepView view() {
        return new MeasureEvaluationStepView(from, to, takenBy(), takenAt(), comment());
    }
}
