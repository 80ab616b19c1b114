package jp.hoshin.customfield;

import java.util.Map;

/**
 * Extra fields' values as typed, checked against the definitions: {@code values} as they are stored (by definition id),
 * {@code errors} the Japanese message for each refused field (by definition id), {@code typed} what was typed (by
 * definition id) for a form that comes back.
 */
public record CheckedValues(Map<Long, String> values, Map<Long, String> errors, Map<Long, String> typed) {

    public CheckedValues {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        typed = Map.copyOf(typed);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Refuses the values when a field is wrong (nothing is saved). */
    public CheckedValues orThrow() {
        if (!ok()) {
            throw new ExtraFieldsRefusedException(this);
        }
        return this;
    }
}
