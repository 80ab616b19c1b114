package jp.hoshin.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years in a text or a query, however written: 令和2年度, 令和2（2020）年度, 令和元年, 平成31年度, R2, H30, 2020年度,
 * 2020 — all the fiscal year 2020 (or 2019, 2018). Documents are indexed with every year they mention (and their own),
 * so a query's year finds them whichever form either side used.
 */
public final class SearchText {

    private static final int FIRST = 1950;
    private static final int LAST = 2100;

    /** 令和2年度, 令和2（2020）年度, 平成31年, R2, H30年度, 2020年度, 2020 (a number of four digits on its own). */
    private static final Pattern YEAR =
            Pattern.compile("(令和|平成|昭和)\\s*(元|\\d{1,2})\\s*(?:\\(\\s*(\\d{4})\\s*\\))?\\s*(?:年度|年)?"
                    + "|(?<![A-Za-z0-9])([RHSrhs])(元|\\d{1,2})(?:年度|年)?(?![A-Za-z0-9])"
                    + "|(?<![0-9])((?:19|20|21)\\d{2})(?:年度|年)?(?![0-9])");

    private SearchText() {}

    /** What a query asks for: the years it names and its other words (width-folded). */
    public record Query(Set<Integer> years, List<String> words) {

        public boolean isEmpty() {
            return years.isEmpty() && words.isEmpty();
        }
    }

    /** Full-width letters, digits and spaces to half-width (NFKC), as documents are indexed. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Splits a query into its years and its words (separated by spaces of either width). */
    public static Query parse(String query) {
        String text = fold(query).strip();
        Set<Integer> years = new TreeSet<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = YEAR.matcher(text);
        int last = 0;
        while (m.find()) {
            Integer year = year(m);
            if (year == null) {
                continue;
            }
            years.add(year);
            rest.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        rest.append(text.substring(last));
        List<String> words = new ArrayList<>();
        for (String word : rest.toString().split("[\\s、,，]+")) {
            String w = word.strip();
            if (!w.isEmpty() && !w.matches("\\p{Punct}+")) {
                words.add(w);
            }
        }
        return new Query(years, words);
    }

    /** Every year the text mentions, in any form. */
    public static Set<Integer> yearsIn(String text) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(fold(text));
        while (m.find()) {
            Integer year = year(m);
            if (year != null) {
                years.add(year);
            }
        }
        return years;
    }

    private static Integer year(Matcher m) {
        int year;
        if (m.group(1) != null) {
            year = western(m.group(1), m.group(2));
            if (m.group(3) != null && Integer.parseInt(m.group(3)) != year) {
                return null;
            }
        } else if (m.group(4) != null) {
            year = western(m.group(4), m.group(5));
        } else {
            year = Integer.parseInt(m.group(6));
        }
        return year >= FIRST && year <= LAST ? year : null;
    }

    private static int western(String era, String number) {
        int n = "元".equals(number) ? 1 : Integer.parseInt(number);
        return switch (era.toUpperCase(Locale.ROOT)) {
            case "令和", "R" -> 2018 + n;
            case "平成", "H" -> 1988 + n;
            default -> 1925 + n;
        };
    }
}
