package jp.hoshin.customfield;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A field definition as the planning section sets it (already checked by {@code web}'s form, checked again here). */
public record DefinitionDraft(
        String label,
        FieldKind kind,
        List<String> options,
        boolean required,
        int position,
        @Nullable Integer maxLength) {

    public DefinitionDraft {
        options = List.copyOf(options);
    }
}
