package jp.hoshin.shared.workflow;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

/**
 * The columns every step table has ({@code department_plan_step}, {@code evaluation_sheet_step}): id, who, when and the
 * comment. A module's step entity adds the aggregate it belongs to and its own from/to columns.
 */
@MappedSuperclass
public abstract class StepRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String takenBy;

    private Instant takenAt;

    private @Nullable String comment;

    protected StepRow() {}

    protected StepRow(WorkflowStep<?> step) {
        this.takenBy = step.takenBy();
        this.takenAt = step.takenAt();
        this.comment = step.comment();
    }

    protected String takenBy() {
        return takenBy;
    }

    protected Instant takenAt() {
        return takenAt;
    }

    protected @Nullable String comment() {
        return comment;
    }
}
