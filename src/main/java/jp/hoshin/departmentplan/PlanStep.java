package jp.hoshin.departmentplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.hoshin.shared.workflow.StepRow;
import jp.hoshin.shared.workflow.WorkflowStep;

/**
 * One step taken on a plan or on its results (a row of {@code department_plan_step}): from which state to which, who,
 * when, with what comment; a consultation comment is a step that stays in its state.
 */
@Entity
@Table(name = "department_plan_step")
class PlanStep extends StepRow {

    private static final String PLAN = "PLAN";
    private static final String RESULTS = "RESULTS";

    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus to;

    /** PLAN for the plan's own steps, RESULTS for its results'. */
    private String track = PLAN;

    protected PlanStep() {}

    PlanStep(long planId, boolean results, WorkflowStep<PlanStatus> step) {
        super(step);
        this.planId = planId;
        this.from = step.from();
        this.to = step.to();
        this.track = results ? RESULTS : PLAN;
    }

    PlanStepView view() {
        return new PlanStepView(RESULTS.equals(track), from, to, takenBy(), takenAt(), comment());
    }
}
