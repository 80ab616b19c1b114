package jp.hoshin.shared.workflow;

import java.time.Instant;

import jp.hoshin.shared.BusinessRuleException;
import org.jspecify.annotations.Nullable;

/**
 * 手続きの記録 — one step taken in a workflow: the transition, who took it, when, and the comment given with it
 * (a reason for 差し戻し or 改訂, a consultation comment). The aggregates of {@code departmentplan} and
 * {@code evaluation} return the {@link Transition}; their services record it as a step through {@link StepRecorder}.
 */
public record WorkflowStep<S extends Enum<S>>(
        Transition<S> transition,
        String takenBy,
        Instant takenAt,
        @Nullable String comment) {

    public WorkflowStep {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public S from() {
        return transition.from();
    }

    public S to() {
        return transition.to();
    }

    /**
     * The reason a step needs (差し戻し, 改訂), stripped; a missing or blank one is refused with {@code missing}, the
     * aggregate's own message.
     */
    public static String requiredReason(@Nullable String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(missing);
        }
        return reason.strip();
    }
}
