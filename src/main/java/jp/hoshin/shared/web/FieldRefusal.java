package jp.hoshin.shared.web;

/**
 * A form's input refused with a Japanese message about one field ({@code name}, or {@code name[i]} for the i-th field of
 * that name), so the page shows the message next to it ({@link TypedForm}).
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
