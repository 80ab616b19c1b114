package jp.hoshin.departmentplan.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * For the plan page's templates ({@code @planTyped}): a field's value as typed into the refused form, else the value
 * the page would show anyway. A checkbox posted unchecked sends nothing: {@link #checked} reads it as unchecked.
 */
@Component("planTyped")
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
}
