package jp.hoshin.policyplan.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.ReferencePoint;
import jp.hoshin.policyplan.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * Indicator values and targets written as the city's tables write them: 34,677件, 32.00%, 「8施設 98事業者」,
 * 「4,372人（198人）」, 231事業所（平成28年）, 209人（平成27年4月1日時点）, 1件（⑤）, — for a missing value,
 * 80台以下, 4件（①②③④）, 維持, 都市計画決定. Pages, the chart and printed documents use the same text.
 */
public final class IndicatorFormat {

    /** Words that belong right after a target value rather than in brackets (80台以下). */
    private static final Set<String> COMPARISONS = Set.of("以下", "以上", "未満", "超");

    private IndicatorFormat() {}

    /**
     * A table cell: the value as written, and what the city adds after it in brackets — the time it
     * refers to and a note (⑤, 注2) — kept apart so that a page can let a long cell wrap between them.
     */
    public record Cell(
            String value,
            @Nullable String reference,
            @Nullable String note) {

        /** The whole cell as one text: 231事業所（平成28年）. */
        public String text() {
            return value + (reference == null ? "" : "（" + reference + "）") + (note == null ? "" : "（" + note + "）");
        }

        public boolean missing() {
            return "—".equals(value);
        }
    }

    /** The decimal places a number was entered with: 3 → 0, 32.00 → 2 (numbers keep the precision they were entered with). */
    public static int places(BigDecimal value) {
        return Math.max(0, value.scale());
    }

    /** The most decimal places among an indicator's numbers (what a chart's scale is written with). */
    public static int decimals(PlacedIndicator placed) {
        Stream<@Nullable BigDecimal> numbers = Stream.concat(
                Stream.of(placed.targetValue(), placed.indicator().targetValue()),
                placed.values().stream().map(ValueRow::value));
        return numbers.filter(n -> n != null)
                .mapToInt(n -> Math.max(0, n.stripTrailingZeros().scale()))
                .max()
                .orElse(0);
    }

    /** 1,430,000 / 32.00. */
    public static String number(BigDecimal value, int decimals) {
        // what DecimalFormat("#,##0.00…") writes, without building one per number (2 % of a measure page, issue 19)
        String plain = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        int digits = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder grouped = new StringBuilder(plain.length() + (end - digits) / 3);
        grouped.append(plain, 0, digits);
        for (int i = digits; i < end; i++) {
            if (i > digits && (end - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.append(plain, end, plain.length()).toString();
    }

    /** A value with its unit, and the second value for compound indicators: 8施設 98事業者, 4,372人（198人）. */
    public static String amount(IndicatorRow indicator, BigDecimal value, @Nullable BigDecimal subValue, int decimals) {
        String main = number(value, decimals) + unit(indicator.unit());
        if (subValue == null) {
            return main;
        }
        String sub = number(subValue, Math.max(0, subValue.stripTrailingZeros().scale())) + unit(indicator.subUnit());
        return bracketsSecondValue(indicator) ? main + "（" + sub + "）" : main + " " + sub;
    }

    /**
     * A reported value: its amount with the precision it was entered with (or the state reached, 策定), the time it
     * refers to when that is not its fiscal year, and its note.
     */
    public static Cell value(PlacedIndicator placed, ValueRow row) {
        if (row.missing()) {
            return new Cell("—", null, row.note());
        }
        if (row.value() == null) {
            return new Cell(row.state(), reference(row.reference()), row.note());
        }
        return new Cell(
                amount(placed.indicator(), row.value(), row.subValue(), places(row.value())),
                reference(row.reference()),
                row.note());
    }

    /**
     * A year's cell with its 見込 and 中間 beside the 実績: 「1,200人（見込 1,300人）」; with no 実績, the first of them with
     * its kind: 「600人（令和6年9月30日時点）（中間）」.
     */
    public static Cell withProvisional(PlacedIndicator placed, @Nullable ValueRow actual, List<ValueRow> others) {
        // an actual partway through the year before a forecast
        List<ValueRow> provisional = others.stream()
                .sorted(Comparator.comparing((ValueRow v) -> v.kind() != ValueKind.INTERIM))
                .toList();
        if (provisional.isEmpty()) {
            return actual == null ? new Cell("—", null, null) : value(placed, actual);
        }
        List<String> notes = new ArrayList<>();
        Cell main;
        List<ValueRow> rest = provisional;
        if (actual == null) {
            ValueRow first = provisional.getFirst();
            main = value(placed, first);
            notes.add(first.kind().label());
            rest = provisional.subList(1, provisional.size());
        } else {
            main = value(placed, actual);
        }
        if (main.note() != null) {
            notes.addFirst(main.note());
        }
        for (ValueRow v : rest) {
            notes.add(v.kind().label() + " " + value(placed, v).text());
        }
        return new Cell(main.value(), main.reference(), String.join("、", notes));
    }

    /**
     * The target as the table's 目標値 column shows it: a number (with 以下, or a note in brackets), 維持, or a state.
     * A target year other than the column's is added in brackets: 60,000人（令和3年度）.
     */
    public static Cell target(PlacedIndicator placed, @Nullable Integer columnYear) {
        return target(placed.indicator(), placed.targetYear(), placed.targetValue(), columnYear);
    }

    /** The same, for an indicator's target where it is placed ({@code targetValue} the one that applies there). */
    public static Cell target(
            IndicatorRow indicator,
            @Nullable Integer targetYear,
            @Nullable BigDecimal targetValue,
            @Nullable Integer columnYear) {
        String year = targetYear != null && !targetYear.equals(columnYear)
                ? FiscalYear.of(targetYear).warekiLabel()
                : null;
        return switch (indicator.targetKind()) {
            case KEEP -> new Cell("維持", year, null);
            case STATE -> new Cell(indicator.targetState() == null ? "—" : indicator.targetState(), year, null);
            case NUMBER -> {
                if (targetValue == null) {
                    yield new Cell("—", year, null);
                }
                String amount = amount(indicator, targetValue, indicator.targetSubValue(), places(targetValue));
                String note = indicator.targetNote();
                if (note != null && COMPARISONS.contains(note)) {
                    yield new Cell(amount + note, year, null);
                }
                yield new Cell(amount, year, note);
            }
        };
    }

    /** 平成28年, 平成28年度, 平成27年4月1日時点. */
    public static @Nullable String reference(@Nullable ReferencePoint reference) {
        if (reference == null) {
            return null;
        }
        return reference.kind() == ReferencePoint.Kind.DATE ? reference.label() + "時点" : reference.label();
    }

    private static String unit(@Nullable String unit) {
        return unit == null ? "" : unit;
    }

    /** 「利用者(内定者)数」 writes its second value in brackets; 「施設数及び入居事業者数」 after a space. */
    private static boolean bracketsSecondValue(IndicatorRow indicator) {
        String sub = indicator.subName();
        return sub != null
                && (indicator.name().contains("(" + sub + ")")
                        || indicator.name().contains("（" + sub + "）"));
    }
}
