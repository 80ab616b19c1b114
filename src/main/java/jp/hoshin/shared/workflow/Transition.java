package jp.hoshin.shared.workflow;

/**
 * 状態の移り変わり — what a business act of an aggregate did to its workflow state: from which state to which.
 * A transition to the same state is an act within a state (an assessment recorded, a comment in a consultation).
 */
public record Transition<S extends Enum<S>>(S from, S to) {

    /** An act that stays in one state. */
    public static <S extends Enum<S>> Transition<S> within(S state) {
        return new Transition<>(state, state);
    }

    /** Whether the act stayed in its state (a comment or a recorded assessment rather than a change of state). */
    public boolean staysIn() {
        return from == to;
    }
}
