package jp.hoshin.shared;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What text the application accepts from forms, the API and imports: no control characters (line breaks and
 * tabs are fine — a one-line field folds them away elsewhere), no bidirectional overrides (U+202A–U+202E,
 * U+2066–U+2069, which can make a text read differently from what it is: they are removed), and at most
 * {@link #MAX_LENGTH} characters in any one field unless the field has a smaller limit of its own.
 */
public final class InputText {

    /** The limit of any field without a smaller one (a 取組状況 or 一次評価 of a whole page is far below it). */
    public static final int MAX_LENGTH = 20_000;

    private InputText() {}

    /** The text without bidirectional embedding, override and isolate characters. */
    public static String withoutBidiOverrides(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiOverride(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isBidiOverride(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** A character that has no place in text a person typed: C0 controls except tab and line breaks, DEL, C1 controls. */
    public static boolean isForbiddenControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF;
    }

    public static boolean hasForbiddenControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without forbidden control characters (what a form shows again after refusing them). */
    public static String withoutForbiddenControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !isForbiddenControl(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** Why the text is refused, in Japanese (the field's label in front), or {@code null} when it is fine. */
    public static @Nullable String problem(@Nullable String label, String text, int maxLength) {
        String field = label == null || label.isEmpty() ? Messages.get("input.defaultLabel") : label;
        if (hasForbiddenControl(text)) {
            return Messages.get("input.forbiddenControl", field);
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Messages.get("input.tooLong", field, String.format("%,d", maxLength), String.format("%,d", length));
        }
        return null;
    }

    /** Refuses text a person could not have meant (see {@link #problem}); returns it without bidirectional overrides. */
    public static String checked(@Nullable String label, String text, int maxLength) {
        return checked(label, text, maxLength, IllegalArgumentException::new);
    }

    /**
     * As {@link #checked(String, String, int)}, the refusal naming the input it is about ({@code field}, the name the forms give it), so a
     * form shows the message next to that field.
     */
    public static String checkedField(String field, String label, String text, int maxLength) {
        return checked(label, text, maxLength, problem -> new FieldRefusal(field, problem));
    }

    private static String checked(
            @Nullable String label, String text, int maxLength, Function<String, IllegalArgumentException> refusal) {
        String clean = withoutBidiOverrides(text);
        String problem = problem(label, clean, maxLength);
        if (problem != null) {
            throw refusal.apply(problem);
        }
        return clean;
    }
}
