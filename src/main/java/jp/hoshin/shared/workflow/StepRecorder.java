package jp.hoshin.shared.workflow;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates the steps of every workflow with the application's clock: one place that says what "now" is for a step. */
@Component
public class StepRecorder {

    private final Clock clock;

    StepRecorder(Clock clock) {
        this.clock = clock;
    }

    /** The step {@code by} takes now: the transition an aggregate's act returned, with the comment given. */
    public <S extends Enum<S>> WorkflowStep<S> taken(Transition<S> transition, String by, @Nullable String comment) {
        return new WorkflowStep<>(transition, by, clock.instant(), comment);
    }
}
