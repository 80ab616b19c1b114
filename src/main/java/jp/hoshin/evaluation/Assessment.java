package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * One stage's assessment: 妥当性・有効性・効率性 each rated ({@link Rating}) with a reason, the 今後の方向性 with the
 * improvement it calls for, and the stage's comment (所見). The direction is the label chosen from the municipality's
 * list ({@link SheetLayout#directions}) when it was given; a later change of the list leaves it as it is.
 */
public record Assessment(
        @Nullable Rating relevance,
        @Nullable String relevanceReason,
        @Nullable Rating effectiveness,
        @Nullable String effectivenessReason,
        @Nullable Rating efficiency,
        @Nullable String efficiencyReason,
        @Nullable String direction,
        @Nullable String improvement,
        @Nullable String comment) {

    public static final Assessment EMPTY = new Assessment(null, null, null, null, null, null, null, null, null);

    /** The longest reason, improvement or comment (a sheet's box holds a few hundred characters; 150,000 were accepted before). */
    public static final int MAX_TEXT = 4_000;

    public Assessment {
        direction = FutureDirection.stored(direction);
        relevanceReason = checked(Messages.get("evaluation.field.relevanceReason"), relevanceReason);
        effectivenessReason = checked(Messages.get("evaluation.field.effectivenessReason"), effectivenessReason);
        efficiencyReason = checked(Messages.get("evaluation.field.efficiencyReason"), efficiencyReason);
        improvement = checked(Messages.get("evaluation.field.improvement"), improvement);
        comment = checked(Messages.get("evaluation.field.comment"), comment);
    }

    private static @Nullable String checked(String label, @Nullable String s) {
        String text = blankToNull(s);
        return text == null ? null : jp.hoshin.shared.InputText.checked(label, text, MAX_TEXT);
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
