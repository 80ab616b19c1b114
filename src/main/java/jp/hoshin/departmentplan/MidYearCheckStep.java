package jp.hoshin.departmentplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import jp.hoshin.shared.workflow.StepRow;
import jp.hoshin.shared.workflow.WorkflowStep;

/** One step of a mid-year check (a row of {@code midyear_check_step}). */
@Entity
@Table(name = "midyear_check_step")
class MidYearCheckStep extends StepRow {

    private long checkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private MidYearState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private MidYearState to;

    protected MidYearCheckStep() {}

    MidYearCheckStep(long checkId, WorkflowStep<MidYearState> step) {
        super(step);
        this.checkId = checkId;
        this.from = step.from();
        this.to = step.to();
    }

    long checkId() {
        return checkId;
    }

    MidYearState to() {
        return to;
    }

    String by() {
        return takenBy();
    }

    java.time.Instant at() {
        return takenAt();
    }

    MidYearStepView view() {
        return new MidYearStepView(from, to, takenBy(), takenAt(), comment());
    }
}
