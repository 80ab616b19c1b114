package jp.hoshin.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @typed}): a field's value as typed into the refused form ({@link TypedForm}, the flash
 * attribute {@code typedForm}), else the value the page would show anyway; and the message for a field that was wrong. A
 * checkbox posted unchecked sends nothing: {@link #checked} reads it as unchecked.
 */
@Component("typed")
public class TypedForms {

    /** The field's typed value when {@code typed} is the refused form at {@code action}, else {@code shown}. */
    @Nullable
    public Object value(@Nullable TypedForm typed, String action, String name, @Nullable Object shown) {
        return valueAt(typed, action, name, 0, shown);
    }

    /** As {@link #value} for the {@code index}-th field of that name (a table of rows). */
    @Nullable
    public Object valueAt(@Nullable TypedForm typed, String action, String name, int index, @Nullable Object shown) {
        if (typed == null) {
            return shown;
        }
        String value = typed.value(action, name, index);
        return value != null ? value : shown;
    }

    public boolean checked(@Nullable TypedForm typed, String action, String name, boolean shown) {
        if (typed == null || !typed.isFor(action)) {
            return shown;
        }
        return "true".equals(typed.value(action, name, 0));
    }

    /** Whether a checkbox of a list ({@code name} posted once per ticked {@code value}) was ticked in the refused form. */
    public boolean chosen(@Nullable TypedForm typed, String action, String name, String value, boolean shown) {
        if (typed == null || !typed.isFor(action)) {
            return shown;
        }
        var values = typed.values().get(name);
        return values != null && values.contains(value);
    }

    /** The message next to the field {@code name} of the refused form at {@code action}, or null. */
    @Nullable
    public String error(@Nullable TypedForm typed, String action, String name) {
        return typed == null ? null : typed.error(action, name);
    }

    /** As {@link #error} for the {@code index}-th field of that name. */
    @Nullable
    public String errorAt(@Nullable TypedForm typed, String action, String name, int index) {
        return error(typed, action, name + "[" + index + "]");
    }
}
