package jp.hoshin.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads what people type. Full-width and half-width input are accepted alike: numbers and codes
 * are folded (３３０，０００ = 330000, ＡＢＣ = ABC), prose keeps its Japanese punctuation and only
 * loses surrounding spaces (half-width or 全角).
 */
public final class JapaneseText {

    private static final Pattern WESTERN_YEAR = Pattern.compile("(\\d{4})(?:年度?)?");
    private static final Pattern WAREKI_YEAR =
            Pattern.compile("(令和|平成|昭和|[RHS])(元|\\d{1,2})(?:\\((\\d{4})\\))?(?:年度?)?", Pattern.CASE_INSENSITIVE);

    private JapaneseText() {}

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

    /**
     * Reads a date as people write it: 2024-03-31, 2024/3/31, 2024年3月31日, or 和暦 令和6年3月31日,
     * 令和元年5月1日, R6.3.31, H15/3/31 (full-width digits too). Empty when it is not a date.
     */
    public static Optional<LocalDate> parseDate(@Nullable String input) {
        try {
            return JapaneseDates.parse(input)
                    .filter(d -> d.precision() == JapaneseDates.Precision.DAY)
                    .map(JapaneseDates.Parsed::date);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a year as people write it: 2022, 2022年度, 令和4年度, 令和4（2022）年度, 平成30年, R4, 令和元年度
     * (the western year of a 和暦 year). Empty when it is not a year.
     */
    public static Optional<Integer> parseYear(@Nullable String input) {
        String text = fold(input).replace(" ", "");
        Matcher western = WESTERN_YEAR.matcher(text);
        if (western.matches()) {
            return Optional.of(Integer.parseInt(western.group(1)));
        }
        Matcher wareki = WAREKI_YEAR.matcher(text);
        if (wareki.matches()) {
            Optional<Integer> year = westernYear(wareki.group(1), wareki.group(2));
            if (wareki.group(3) != null && year.isPresent() && year.get() != Integer.parseInt(wareki.group(3))) {
                return Optional.empty();
            }
            return year;
        }
        return Optional.empty();
    }

    /** 令和 N = 2018 + N, 平成 N = 1988 + N, 昭和 N = 1925 + N; 元 = 1. */
    private static Optional<Integer> westernYear(String era, String number) {
        int n = "元".equals(number) ? 1 : Integer.parseInt(number);
        if (n < 1) {
            return Optional.empty();
        }
        return switch (era.toUpperCase(Locale.ROOT)) {
            case "令和", "R" -> Optional.of(2018 + n);
            case "平成", "H" -> n <= 31 ? Optional.of(1988 + n) : Optional.empty();
            case "昭和", "S" -> n <= 64 ? Optional.of(1925 + n) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
