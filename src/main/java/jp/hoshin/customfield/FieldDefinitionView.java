package jp.hoshin.customfield;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One extra field as the municipality defined it: where it is kept, its label, kind, options, whether it is required. */
public record FieldDefinitionView(
        long id,
        FieldTarget target,
        String label,
        FieldKind kind,
        List<String> options,
        boolean required,
        int position,
        @Nullable Integer maxLength,
        long version) {

    public FieldDefinitionView {
        options = List.copyOf(options);
    }

    /** The name of the form parameter that carries this field's value ({@code extra.12}). */
    public String parameter() {
        return CustomFields.PARAMETER_PREFIX + id;
    }
}
