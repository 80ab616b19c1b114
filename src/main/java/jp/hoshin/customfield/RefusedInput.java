package jp.hoshin.customfield;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extra fields refused on a form, kept for the page that comes back (a flash attribute): which form ({@code owner}, e.g.
 * {@code plan} or {@code project-3}), the message of each refused field and what was typed, by definition id.
 */
public record RefusedInput(String owner, Map<Long, String> errors, Map<Long, String> typed) implements Serializable {

    public RefusedInput {
        errors = new LinkedHashMap<>(errors);
        typed = new LinkedHashMap<>(typed);
    }

    public static RefusedInput of(String owner, ExtraFieldsRefusedException e) {
        return new RefusedInput(owner, e.checked().errors(), e.checked().typed());
    }

    /** Whether this is the form of {@code form}. */
    public boolean isFor(String form) {
        return owner.equals(form);
    }
}
