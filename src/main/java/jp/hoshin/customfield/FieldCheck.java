package jp.hoshin.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Checks an extra field's value as typed, like a built-in field: required, a number or a date as people write them
 * (full-width digits, 和暦), one of the options, the length limit. Plain Java.
 */
final class FieldCheck {

    /** The longest text an extra field takes when its definition sets no limit. */
    static final int DEFAULT_MAX_LENGTH = 2_000;

    private FieldCheck() {}

    /** Checks every defined field of {@code typed} (by definition id); fields not defined are left out. */
    static CheckedValues check(List<FieldDefinitionView> definitions, Map<Long, String> typed) {
        Map<Long, String> values = new LinkedHashMap<>();
        Map<Long, String> errors = new LinkedHashMap<>();
        Map<Long, String> kept = new LinkedHashMap<>();
        for (FieldDefinitionView d : definitions) {
            String raw = typed.get(d.id());
            if (raw != null) {
                kept.put(d.id(), raw);
            }
            String text = JapaneseText.text(raw);
            if (text.isEmpty()) {
                if (d.required()) {
                    errors.put(d.id(), Messages.get("customfield.value.required", d.label()));
                }
                continue;
            }
            Result result = value(d, text);
            if (result.error() != null) {
                errors.put(d.id(), result.error());
            } else {
                values.put(d.id(), result.value());
            }
        }
        return new CheckedValues(values, errors, kept);
    }

    record Result(@Nullable String value, @Nullable String error) {}

    /** The stored form of a non-empty value, or why it is refused. */
    static Result value(FieldDefinitionView d, String text) {
        return switch (d.kind()) {
            case TEXT -> {
                String clean = InputText.withoutBidiOverrides(text);
                String problem =
                        InputText.problem(d.label(), clean, d.maxLength() == null ? DEFAULT_MAX_LENGTH : d.maxLength());
                yield problem == null ? new Result(clean, null) : new Result(null, problem);
            }
            case NUMBER -> {
                Optional<BigDecimal> n = JapaneseText.parseNumber(text);
                yield n.map(v -> new Result(v.toPlainString(), null))
                        .orElseGet(() -> new Result(null, Messages.get("customfield.value.number", d.label())));
            }
            case DATE -> {
                Optional<LocalDate> date = JapaneseText.parseDate(text);
                yield date.map(v -> new Result(v.toString(), null))
                        .orElseGet(() -> new Result(null, Messages.get("customfield.value.date", d.label())));
            }
            case CHOICE -> {
                String folded = JapaneseText.fold(text);
                yield d.options().stream()
                        .filter(o -> JapaneseText.fold(o).equalsIgnoreCase(folded))
                        .findFirst()
                        .map(o -> new Result(o, null))
                        .orElseGet(() -> new Result(
                                null,
                                Messages.get("customfield.value.choice", d.label(), String.join("、", d.options()))));
            }
        };
    }
}
