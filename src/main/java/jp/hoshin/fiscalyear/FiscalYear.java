package jp.hoshin.fiscalyear;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import jp.hoshin.shared.Messages;

/**
 * 年度 — a Japanese fiscal year, 1 April to 31 March, identified in URLs and the API by its western
 * start year (2020 = 令和2年度). Shown as 和暦 with 西暦: 令和2（2020）年度.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final LocalDate REIWA_START = LocalDate.of(2019, 5, 1);
    private static final LocalDate HEISEI_START = LocalDate.of(1989, 1, 8);

    public FiscalYear {
        if (startYear < 1989 || startYear > 2200) {
            throw new IllegalArgumentException(Messages.get("fiscalYear.outOfRange"));
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date falls in (January–March belong to the year before). */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear current() {
        return containing(LocalDate.now(JAPAN));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /**
     * The era year of the fiscal year as documents write it: 令和2年度. A fiscal year that
     * straddles an era change takes the new era's name once it is in force, as governments did
     * for 2019 (令和元年度, formerly 平成31年度: see {@link #alternativeLabel()}).
     */
    public String warekiLabel() {
        return eraName() + "年度";
    }

    /** 令和2（2020）年度 — 和暦 with 西暦. */
    public String label() {
        return eraName() + "（" + startYear + "）年度";
    }

    /** The other name of a fiscal year that straddles an era change: 平成31年度 for 令和元年度. */
    public Optional<String> alternativeLabel() {
        if (firstDay().isBefore(REIWA_START) && !lastDay().isBefore(REIWA_START)) {
            return Optional.of(eraYear(firstDay()) + "年度");
        }
        return Optional.empty();
    }

    private String eraName() {
        LocalDate start = firstDay();
        if (start.isBefore(REIWA_START) && !lastDay().isBefore(REIWA_START)) {
            return eraYear(REIWA_START);
        }
        return eraYear(start);
    }

    /** 令和2年 / 平成31年 / 令和元年: the era year of a calendar date. */
    public static String eraYear(LocalDate date) {
        if (!date.isBefore(REIWA_START)) {
            return "令和" + yearNumber(date.getYear() - 2018);
        }
        if (!date.isBefore(HEISEI_START)) {
            return "平成" + yearNumber(date.getYear() - 1988);
        }
        return "昭和" + yearNumber(date.getYear() - 1925);
    }

    /** 令和2年4月1日 */
    public static String warekiDate(LocalDate date) {
        return eraYear(date) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String yearNumber(int n) {
        return n == 1 ? "元" : Integer.toString(n);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
