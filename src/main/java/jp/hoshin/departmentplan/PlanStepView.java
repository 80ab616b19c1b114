package jp.hoshin.departmentplan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A workflow step as the plan's history shows it. */
public record PlanStepView(PlanStatus from, PlanStatus to, String takenBy, Instant takenAt, @Nullable String comment) {
}
