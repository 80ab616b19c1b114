package jp.hoshin.shared;

/**
 * An input refused with a Japanese message about one field ({@code name}, or {@code name[i]} for the i-th field of
 * that name), so the form shows the message next to it ({@code shared.web.TypedForm}, {@code FormChecks.refused}). A
 * value that checks its own input names the field itself ({@link InputText#checkedField}); like any
 * {@link IllegalArgumentException} it is a 400 where no form catches it, unlike a
 * {@link BusinessRuleException#about} (a rule of the record's state, 409).
 */
public class FieldRefusal extends IllegalArgumentException {

    private final String field;

    public FieldRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public FieldRefusal(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
