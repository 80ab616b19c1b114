package jp.hoshin.shared;

import org.jspecify.annotations.Nullable;

/**
 * A business act refused because of the record's state (a closed year, a duplicate name, a wrong
 * workflow step). The message is Japanese and meant for the user; shown next to the form or as 409. A refusal about
 * one input names it ({@link #about}: the name the act's forms give that input), so the form shows the message next
 * to that field.
 */
public class BusinessRuleException extends RuntimeException {

    private final @Nullable String field;

    public BusinessRuleException(String message) {
        this(null, message);
    }

    private BusinessRuleException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** A refusal about one input: {@code field} is its name in the forms (e.g. {@code newCode}). */
    public static BusinessRuleException about(String field, String message) {
        return new BusinessRuleException(field, message);
    }

    /** The input the refusal is about, or null when it is about the whole act. */
    public @Nullable String field() {
        return field;
    }
}
