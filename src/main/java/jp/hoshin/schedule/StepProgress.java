package jp.hoshin.schedule;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one department (or the municipality, for a municipality-wide step: {@code departmentCode} null) has done of
 * one step of the year, as the module that owns the work reports it.
 *
 * @param checkpoint the checkpoint number for {@link ScheduleStep#MIDYEAR}, 0 otherwise
 * @param state the state as people read it (作成中, 提出済, 差し戻し, 協議中, …)
 * @param phase whether the step cannot be taken yet, is to be taken now, or is done
 * @param doneAt when the step was taken (null while not done)
 * @param doneBy the user name of who took it (null while not done)
 * @param changedAt the last change of the work behind the step (a step taken, an edit), if known
 * @param changedBy the user name behind that change, if known
 * @param url the staff page where the step is taken
 * @param detail a short note shown with the state (e.g. 「3件中2件」), or null
 */
public record StepProgress(
        ScheduleStep step,
        int checkpoint,
        @Nullable String departmentCode,
        String state,
        Phase phase,
        @Nullable Instant doneAt,
        @Nullable String doneBy,
        @Nullable Instant changedAt,
        @Nullable String changedBy,
        String url,
        @Nullable String detail) {

    /** Where a step stands for the one who owes it. */
    public enum Phase {
        /** An earlier step is not done yet (a plan not submitted cannot go to 協議): nothing to do now. */
        WAITING,
        /** To be done now. */
        OPEN,
        /** Done. */
        DONE
    }

    public boolean done() {
        return phase == Phase.DONE;
    }
}
