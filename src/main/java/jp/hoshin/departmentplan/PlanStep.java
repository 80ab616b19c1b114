package jp.hoshin.departmentplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One workflow step taken on a plan: from which state to which, who, when, with what comment. */
@Entity
@Table(name = "department_plan_step")
class PlanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PlanStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlanStatus to;

    private String takenBy;

    private Instant takenAt;

    private @Nullable String comment;

    /** PLAN for the plan's own steps, RESULTS for its results'. */
    private String track = "PLAN";

    protected PlanStep() {
    }

    PlanStep(long planId, String track, PlanStatus from, PlanStatus to, String takenBy, Instant takenAt, @Nullable String comment) {
        this(planId, from, to, takenBy, takenAt, comment);
        this.track = track;
    }

    PlanStep(long planId, PlanStatus from, PlanStatus to, String takenBy, Instant takenAt, @Nullable String comment) {
        this.planId = planId;
        this.from = from;
        this.to = to;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.comment = comment;
    }

    PlanStepView view() {
        return new PlanStepView("RESULTS".equals(track), from, to, takenBy, takenAt, comment);
    }
}
