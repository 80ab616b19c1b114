package jp.hoshin.departmentplan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A workflow step (or a consultation comment) as the plan's history shows it; {@code results} for a step of the results. */
public record PlanStepView(
        boolean results,
        PlanStatus from,
        PlanStatus to,
        String takenBy,
        Instant takenAt,
        @Nullable String comment) {

    /** A comment in the consultation rather than a change of state. */
    public boolean isComment() {
        return from == to;
    }
}
