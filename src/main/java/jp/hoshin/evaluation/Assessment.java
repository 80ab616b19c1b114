package jp.hoshin.evaluation;

import jp.hoshin.shared.InputText;
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

    /** A text too long or with a control character is refused naming its field (the component's name). */
    public Assessment {
        direction = FutureDirection.stored(direction);
        relevanceReason = checked("relevanceReason", "evaluation.field.relevanceReason", relevanceReason);
        effectivenessReason =
                checked("effectivenessReason", "evaluation.field.effectivenessReason", effectivenessReason);
        efficiencyReason = checked("efficiencyReason", "evaluation.field.efficiencyReason", efficiencyReason);
        improvement = checked("improvement", "evaluation.field.improvement", improvement);
        comment = checked("comment", "evaluation.field.comment", comment);
    }

    private static @Nullable String checked(String field, String labelKey, @Nullable String s) {
        String text = blankToNull(s);
        return text == null ? null : InputText.checkedField(field, Messages.get(labelKey), text, MAX_TEXT);
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
