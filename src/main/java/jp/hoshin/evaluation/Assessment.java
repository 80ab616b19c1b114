package jp.hoshin.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * One stage's assessment: 妥当性・有効性・効率性 each rated ({@link Rating}) with a reason, the 今後の方向性 with the
 * improvement it calls for, and the stage's comment (所見).
 */
public record Assessment(@Nullable Rating relevance, @Nullable String relevanceReason,
                         @Nullable Rating effectiveness, @Nullable String effectivenessReason,
                         @Nullable Rating efficiency, @Nullable String efficiencyReason,
                         @Nullable FutureDirection direction, @Nullable String improvement, @Nullable String comment) {

    public static final Assessment EMPTY = new Assessment(null, null, null, null, null, null, null, null, null);

    public Assessment {
        relevanceReason = blankToNull(relevanceReason);
        effectivenessReason = blankToNull(effectivenessReason);
        efficiencyReason = blankToNull(efficiencyReason);
        improvement = blankToNull(improvement);
        comment = blankToNull(comment);
    }

    /** Every rating and the direction are given. */
    public boolean complete() {
        return relevance != null && effectiveness != null && efficiency != null && direction != null;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
