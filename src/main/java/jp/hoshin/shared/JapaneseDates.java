package jp.hoshin.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.Era;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as Japanese documents write them: 令和8（2026）年11月22日 (和暦 with 西暦, 元年 for the first
 * year of an era), and reading 和暦 back: 令和2年3月31日, 平成28年, R2.3.31, 令和元年5月1日, as well as
 * 2020-03-31 and 2020/3/31, in full-width or half-width characters.
 */
public final class JapaneseDates {

    private static final Pattern WAREKI_WITH_SEIREKI =
            Pattern.compile("^(\\D+?)\\s*(元|\\d{1,2})\\s*\\((\\d{4})\\)\\s*(年.*)$");
    private static final Pattern WAREKI = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHR])\\s*(元|\\d{1,2})\\s*(?:年|[./-])?\\s*(?:(\\d{1,2})\\s*(?:月|[./-])?\\s*(?:(\\d{1,2})\\s*日?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEIREKI =
            Pattern.compile("(\\d{4})\\s*(?:年|[./-])\\s*(\\d{1,2})\\s*(?:月|[./-])?\\s*(?:(\\d{1,2})\\s*日?)?");

    private JapaneseDates() {}

    /** 令和8（2026）年11月22日. */
    public static String format(LocalDate date) {
        String era = eraYear(date);
        return era.substring(0, era.length() - 1) + "（" + date.getYear() + "）年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }

    /** 令和8年, 令和元年: the era and year of a date, without 西暦. */
    public static String eraYear(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        // getLong: get() first asks the field's range, which builds a calendar (a public page's indicators, issue 19)
        int y = (int) jd.getLong(ChronoField.YEAR_OF_ERA);
        return eraName(jd.getEra()) + (y == 1 ? "元" : String.valueOf(y)) + "年";
    }

    /** A date read from text; day and month default to the first when the text gives only year or year and month. */
    public static Optional<Parsed> parse(@Nullable String input) {
        String text = JapaneseText.fold(input).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher both = WAREKI_WITH_SEIREKI.matcher(text);
        if (both.matches()) {
            // 令和3（2021）年7月1日, as Hoshin itself writes dates: the two years must agree
            Optional<Parsed> parsed = parse(both.group(1) + both.group(2) + both.group(4));
            if (parsed.isPresent() && parsed.get().date().getYear() != Integer.parseInt(both.group(3))) {
                throw new IllegalArgumentException(Messages.get("date.eraMismatch", input));
            }
            return parsed;
        }
        Matcher m = WAREKI.matcher(text);
        if (m.matches()) {
            JapaneseEra era = era(m.group(1));
            int eraYear = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            int last = era.equals(JapaneseEra.HEISEI)
                    ? 31
                    : era.equals(JapaneseEra.SHOWA)
                            ? 64
                            : era.equals(JapaneseEra.TAISHO) ? 15 : era.equals(JapaneseEra.MEIJI) ? 45 : 99;
            if (eraYear < 1 || eraYear > last) {
                throw new IllegalArgumentException(Messages.get("date.yearNotInEra", input));
            }
            int year = era.equals(JapaneseEra.REIWA)
                    ? 2018 + eraYear
                    : era.equals(JapaneseEra.HEISEI)
                            ? 1988 + eraYear
                            : era.equals(JapaneseEra.SHOWA)
                                    ? 1925 + eraYear
                                    : era.equals(JapaneseEra.TAISHO) ? 1911 + eraYear : 1867 + eraYear;
            return Optional.of(parsed(year, m.group(3), m.group(4), text));
        }
        m = SEIREKI.matcher(text);
        if (m.matches()) {
            return Optional.of(parsed(Integer.parseInt(m.group(1)), m.group(2), m.group(3), text));
        }
        if (text.matches("\\d{4}\\s*年?")) {
            return Optional.of(
                    new Parsed(LocalDate.of(Integer.parseInt(text.replaceAll("\\D", "")), 1, 1), Precision.YEAR));
        }
        throw new IllegalArgumentException(Messages.get("date.unreadable", input));
    }

    /** How much of a date the text gave. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    /** A date read from text and how much of it the text gave. */
    public record Parsed(LocalDate date, Precision precision) {}

    private static Parsed parsed(int year, @Nullable String month, @Nullable String day, String text) {
        try {
            if (month == null) {
                return new Parsed(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            if (day == null) {
                return new Parsed(LocalDate.of(year, Integer.parseInt(month), 1), Precision.MONTH);
            }
            return new Parsed(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)), Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.get("date.nonexistent", text), e);
        }
    }

    private static JapaneseEra era(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "令和", "R" -> JapaneseEra.REIWA;
            case "平成", "H" -> JapaneseEra.HEISEI;
            case "昭和", "S" -> JapaneseEra.SHOWA;
            case "大正", "T" -> JapaneseEra.TAISHO;
            default -> JapaneseEra.MEIJI;
        };
    }

    private static String eraName(Era era) {
        if (era.equals(JapaneseEra.REIWA)) {
            return "令和";
        }
        if (era.equals(JapaneseEra.HEISEI)) {
            return "平成";
        }
        if (era.equals(JapaneseEra.SHOWA)) {
            return "昭和";
        }
        return era.equals(JapaneseEra.TAISHO) ? "大正" : "明治";
    }
}
