package jp.hoshin.shared.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step of a workflow as it is recorded: the transition, who, when (the application's clock), and the comment. */
class WorkflowStepTest {

    private enum State {
        DRAFT,
        SUBMITTED
    }

    private static final Instant NOW = Instant.parse("2025-04-01T00:30:00Z");

    @Test
    void aTransitionWithinOneStateIsAnActThatStaysInIt() {
        assertThat(Transition.within(State.DRAFT)).isEqualTo(new Transition<>(State.DRAFT, State.DRAFT));
        assertThat(Transition.within(State.DRAFT).staysIn()).isTrue();
        assertThat(new Transition<>(State.DRAFT, State.SUBMITTED).staysIn()).isFalse();
    }

    @Test
    void theRecorderDatesTheStepWithTheClockAndKeepsWhoTookIt() {
        StepRecorder recorder = new StepRecorder(Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")));
        WorkflowStep<State> step =
                recorder.taken(new Transition<>(State.DRAFT, State.SUBMITTED), "mitaka-kikaku", null);
        assertThat(step.from()).isEqualTo(State.DRAFT);
        assertThat(step.to()).isEqualTo(State.SUBMITTED);
        assertThat(step.takenBy()).isEqualTo("mitaka-kikaku");
        assertThat(step.takenAt()).isEqualTo(NOW);
        assertThat(step.comment()).isNull();
    }

    @Test
    void aCommentIsKeptWithoutSurroundingSpaceAndABlankOneIsNone() {
        assertThat(new WorkflowStep<>(Transition.within(State.DRAFT), "u", NOW, "  目標値を見直してください\n").comment())
                .isEqualTo("目標値を見直してください");
        assertThat(new WorkflowStep<>(Transition.within(State.DRAFT), "u", NOW, " \n ").comment())
                .isNull();
    }

    @Test
    void aRequiredReasonIsRefusedWhenMissingWithTheAggregatesOwnMessage() {
        assertThatThrownBy(() -> WorkflowStep.requiredReason(null, "理由を入力してください。"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("理由を入力してください。");
        assertThatThrownBy(() -> WorkflowStep.requiredReason("　 ", "理由を入力してください。"))
                .hasMessage("理由を入力してください。");
        assertThat(WorkflowStep.requiredReason(" 組織改正 ", "理由を入力してください。")).isEqualTo("組織改正");
    }
}
