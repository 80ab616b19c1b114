package jp.hoshin.customfield;

import java.io.Serializable;
import java.time.LocalDate;

import jp.hoshin.shared.JapaneseDates;

/**
 * One extra field's value with its label, as it is shown and exported: the value as stored (a number as entered, a
 * date as {@code 2026-04-01}, a choice as its option), {@link #display()} as people read it (a date in 和暦 with 西暦).
 */
public record ExtraField(String label, FieldKind kind, String value) implements Serializable {

    /** The value for a page or a PDF: dates as 令和8（2026）年4月1日, everything else as stored. */
    public String display() {
        if (kind == FieldKind.DATE) {
            try {
                return JapaneseDates.format(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
