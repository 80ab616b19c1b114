package jp.hoshin.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads what people type. Full-width and half-width input are accepted alike: numbers and codes
 * are folded (３３０，０００ = 330000, ＡＢＣ = ABC), prose keeps its Japanese punctuation and only
 * loses surrounding spaces (half-width or 全角).
 */
public final class JapaneseText {

    private JapaneseText() {
    }

    /** Prose: strips surrounding half- and full-width spaces, unifies line ends; keeps the text itself. */
    public static String text(@Nullable String input) {
        if (input == null) {
            return "";
        }
        return input.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Codes, identifiers, numbers: NFKC-folded (full-width letters, digits and spaces to half-width), trimmed. */
    public static String fold(@Nullable String input) {
        if (input == null) {
            return "";
        }
        return Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    }

    /** Prose, or empty when nothing but spaces was entered. */
    public static Optional<String> optionalText(@Nullable String input) {
        String text = text(input);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Reads a number as people write it: full-width digits, thousands separators (， , 、),
     * spaces, an optional 円 or 人 suffix. Empty when the text is not a number.
     */
    public static Optional<BigDecimal> parseNumber(@Nullable String input) {
        String text = fold(input).replace(",", "").replace("、", "").replace(" ", "");
        if (text.endsWith("円") || text.endsWith("人")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || !text.matches("[-+]?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** An integer input, when {@link #parseNumber} reads a whole number that fits in a long. */
    public static Optional<Long> parseWholeNumber(@Nullable String input) {
        return parseNumber(input).flatMap(n -> {
            try {
                return Optional.of(n.longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }
}
