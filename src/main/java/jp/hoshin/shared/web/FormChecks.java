package jp.hoshin.shared.web;

import java.util.Optional;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Form checks that put a Japanese message next to the field. Numbers accept full-width digits and
 * separators (３３０，０００ = 330000).
 */
public final class FormChecks {

    private FormChecks() {}

    public static void required(Errors errors, String field, @Nullable String value, String label, int maxLength) {
        if (errors.hasFieldErrors(field)) {
            return; // refused while binding (a control character, see TextBinding): that message is enough
        }
        String text = JapaneseText.text(value);
        if (text.isEmpty()) {
            errors.rejectValue(field, "required", Messages.get("form.requiredField", label));
        } else if (text.length() > maxLength) {
            errors.rejectValue(field, "tooLong", Messages.get("form.tooLongNow", label, maxLength, text.length()));
        }
    }

    public static void optional(Errors errors, String field, @Nullable String value, String label, int maxLength) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        String text = JapaneseText.text(value);
        if (text.length() > maxLength) {
            errors.rejectValue(field, "tooLong", Messages.get("form.tooLongNow", label, maxLength, text.length()));
        }
    }

    /** Hiragana, katakana, long vowel mark and spaces only (empty is fine). */
    public static void kana(Errors errors, String field, @Nullable String value, String label) {
        String text = JapaneseText.text(value);
        if (!text.isEmpty() && !text.matches("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+")) {
            errors.rejectValue(field, "kana", Messages.get("form.kana", label));
        }
    }

    /** A whole number from 0 to max, or empty; returns it when valid. */
    public static Optional<Long> wholeNumber(
            Errors errors, String field, @Nullable String value, String label, long max) {
        if (JapaneseText.text(value).isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> n = JapaneseText.parseWholeNumber(value);
        if (n.isEmpty() || n.get() < 0) {
            errors.rejectValue(field, "wholeNumber", Messages.get("form.wholeNumber", label));
            return Optional.empty();
        }
        if (n.get() > max) {
            errors.rejectValue(field, "range", Messages.get("form.atMost", label, String.format("%,d", max)));
            return Optional.empty();
        }
        return n;
    }

    /**
     * A refusal of a bound form: the message next to the field it names ({@link BusinessRuleException#about},
     * {@link FieldRefusal}), else next to {@code field}, else about the whole form ({@code field} null).
     */
    public static void refused(Errors errors, RuntimeException refusal, @Nullable String field) {
        String own = refusal instanceof FieldRefusal f
                ? f.field()
                : refusal instanceof BusinessRuleException b ? b.field() : null;
        String named = own != null && isField(errors, own) ? own : field;
        if (named != null) {
            errors.rejectValue(named, "rule", String.valueOf(refusal.getMessage()));
        } else {
            errors.reject("rule", String.valueOf(refusal.getMessage()));
        }
    }

    private static boolean isField(Errors errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false; // the form has no such field (e.g. a file taken beside it)
        }
    }
}
