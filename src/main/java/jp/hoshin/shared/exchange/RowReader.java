package jp.hoshin.shared.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import jp.hoshin.shared.Decimals;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

/**
 * Reads the typed values of one row (of a sheet or a CSV table), recording every problem with its place in the
 * upload's {@link Problems}. Each read returns null (or empty) when the cell is empty or wrong; the caller only looks at
 * {@link Problems#isEmpty()} before using what it read. Numbers, dates and years accept full-width digits,
 * thousands separators and 和暦 alike. A refused cell (a formula, an error value, forbidden characters) is reported once.
 */
public final class RowReader {

    private static final LocalDate EARLIEST = LocalDate.of(1868, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final Problems problems;
    private final @Nullable String where;
    private final int rowNumber;
    private final IntFunction<CellValue> cells;
    private final IntFunction<@Nullable String> headings;
    private final Map<Integer, CellValue> read = new HashMap<>();
    private final Set<Integer> reported = new HashSet<>();

    private RowReader(
            Problems problems,
            @Nullable String where,
            int rowNumber,
            IntFunction<CellValue> cells,
            IntFunction<@Nullable String> headings) {
        this.problems = problems;
        this.where = where;
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.headings = headings;
    }

    /** A row of an Excel sheet; {@code where} names the sheet as the user knows it (e.g. 「個別事業」シート). */
    public static RowReader of(
            Problems problems, String where, @Nullable Row row, int rowNumber, CellValue.Formulas formulas) {
        return new RowReader(
                problems,
                where,
                rowNumber,
                c -> row == null ? CellValue.EMPTY : CellValue.of(row.getCell(c), formulas),
                c -> null);
    }

    /** A row of a table of text cells under a heading row (CSV, or a sheet read as text). */
    public static RowReader ofText(
            Problems problems, String where, int rowNumber, List<String> header, List<@Nullable String> cells) {
        return new RowReader(
                problems,
                where,
                rowNumber,
                c -> c < 0 || c >= cells.size() ? CellValue.EMPTY : CellValue.ofText(cells.get(c)),
                c -> c >= 0 && c < header.size() ? header.get(c) : null);
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** Records a problem of one cell of this row. */
    public void problem(int column, String message) {
        if (column < 0) {
            problems.add(new ExchangeProblem(where, rowNumber, null, null, message));
        } else {
            problems.add(new ExchangeProblem(
                    where, rowNumber, Spreadsheets.letter(column), headings.apply(column), message));
        }
    }

    private <T> @Nullable T refuse(int column, String message) {
        problem(column, message);
        return null;
    }

    /** What the cell holds; a refused cell's reason is recorded the first time it is read. */
    public CellValue value(int column) {
        CellValue value = read.computeIfAbsent(column, cells::apply);
        if (value instanceof CellValue.Refused refused && reported.add(column)) {
            problem(column, refused.reason());
        }
        return value;
    }

    public boolean isEmpty(int column) {
        return value(column) instanceof CellValue.Empty;
    }

    /** The cell as text ("" when empty or refused); a number as written (2016, not 2016.0), a date as 2025-03-31. */
    public String text(int column) {
        return switch (value(column)) {
            case CellValue.Text t -> t.text();
            case CellValue.Number n when n.date() != null -> n.date().toString();
            case CellValue.Number n -> NumberToTextConverter.toText(n.value());
            case CellValue.Empty e -> "";
            case CellValue.Refused r -> "";
        };
    }

    /** The text folded for codes and choices (full-width letters and digits to half-width). */
    public String code(int column) {
        return JapaneseText.fold(text(column));
    }

    public @Nullable String optionalText(int column, String label, int maxLength) {
        String text = text(column);
        if (text.length() > maxLength) {
            problem(column, Messages.get("exchange.tooLong", label, maxLength, text.length()));
        }
        return text.isEmpty() ? null : text;
    }

    /** Text that must be given; "" (with a problem) when it is not. */
    public String requiredText(int column, String label, int maxLength) {
        if (value(column) instanceof CellValue.Empty) {
            problem(column, Messages.get("exchange.required", label));
            return "";
        }
        String text = optionalText(column, label, maxLength);
        return text == null ? "" : text;
    }

    /** A whole number between min and max. */
    public Optional<Long> wholeNumber(int column, String label, long min, long max) {
        CellValue value = value(column);
        if (value instanceof CellValue.Empty || value instanceof CellValue.Refused) {
            return Optional.empty();
        }
        Optional<Long> n = switch (value) {
            case CellValue.Number v
            when v.date() == null && v.value() == Math.rint(v.value()) && Math.abs(v.value()) < 1e15 ->
                Optional.of((long) v.value());
            case CellValue.Text t -> JapaneseText.parseWholeNumber(t.text());
            default -> Optional.empty();
        };
        if (n.isEmpty() || n.get() < min || n.get() > max) {
            String rule = max >= Integer.MAX_VALUE
                    ? Messages.get("exchange.wholeNumberFrom", label, min)
                    : Messages.get("exchange.wholeNumber", label, min, max);
            problem(column, rule);
            return Optional.empty();
        }
        return n;
    }

    /** A decimal number as written (a cell shown as a percentage gives its percent: 0.125 → 12.5). */
    public @Nullable BigDecimal decimal(int column, String label) {
        String rule = Messages.get("exchange.decimal", label);
        return switch (value(column)) {
            case CellValue.Number v when v.date() != null -> refuse(column, rule);
            case CellValue.Number v -> {
                BigDecimal d = new BigDecimal(NumberToTextConverter.toText(v.value()));
                yield Decimals.plain(v.percent() ? d.movePointRight(2) : d);
            }
            case CellValue.Text t ->
                JapaneseText.parseNumber(t.text().replaceAll("[%％]$", ""))
                        .map(Decimals::plain)
                        .orElseGet(() -> refuse(column, rule));
            case CellValue.Empty e -> null;
            case CellValue.Refused r -> null;
        };
    }

    /** A day: an Excel date, 2025/3/31, 2025-03-31, 令和7年3月31日, R7.3.31 (full-width digits alike). */
    public @Nullable LocalDate date(int column, String label) {
        String rule = Messages.get("exchange.date", label);
        LocalDate date = switch (value(column)) {
            case CellValue.Number v when v.date() != null -> v.date();
            case CellValue.Number v -> refuse(column, rule);
            case CellValue.Text t -> JapaneseText.parseDate(t.text()).orElseGet(() -> refuse(column, rule));
            case CellValue.Empty e -> null;
            case CellValue.Refused r -> null;
        };
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problem(column, Messages.get("exchange.dateOutOfRange", label, date.toString()));
            return null;
        }
        return date;
    }

    /** A (fiscal) year: 2024, 2024年度, 令和6年度, R6, 令和6（2024）年度. */
    public @Nullable Integer year(int column, String label, int min, int max) {
        String rule = Messages.get("exchange.year", label);
        Integer year = switch (value(column)) {
            case CellValue.Number v when v.date() == null && v.value() == Math.rint(v.value()) -> (int) v.value();
            case CellValue.Number v -> refuse(column, rule);
            case CellValue.Text t -> JapaneseText.parseYear(t.text()).orElseGet(() -> refuse(column, rule));
            case CellValue.Empty e -> null;
            case CellValue.Refused r -> null;
        };
        if (year != null && (year < min || year > max)) {
            problem(column, rule);
            return null;
        }
        return year;
    }

    /**
     * One of a fixed list, read by its label: {@code ofLabel} throws {@link IllegalArgumentException} with a message that
     * names the choices. An empty cell gives {@code whenEmpty}, with a problem when the column is {@code required}.
     */
    public <E> @Nullable E choice(
            int column, String label, Function<String, E> ofLabel, @Nullable E whenEmpty, boolean required) {
        String value = code(column);
        if (value.isEmpty()) {
            if (required && !(value(column) instanceof CellValue.Refused)) {
                problem(column, Messages.get("exchange.required", label));
            }
            return whenEmpty;
        }
        try {
            return ofLabel.apply(value);
        } catch (IllegalArgumentException e) {
            problem(column, Messages.get("exchange.choice", e.getMessage() == null ? label : e.getMessage(), value));
            return whenEmpty;
        }
    }

    /**
     * A mark such as ○ for yes: true for one of {@code yes}, false when empty or one of {@code no}; anything else is a
     * problem. Marks are compared folded and upper-case (ｙｅｓ = YES, 〇 and ○ alike when both are listed).
     */
    public boolean mark(int column, String label, Collection<String> yes, Collection<String> no) {
        String text = text(column);
        if (text.isEmpty()) {
            return false;
        }
        String folded = JapaneseText.fold(text).toUpperCase(Locale.ROOT);
        if (yes.stream()
                .anyMatch(m -> JapaneseText.fold(m).toUpperCase(Locale.ROOT).equals(folded))) {
            return true;
        }
        if (no.stream()
                .noneMatch(m -> JapaneseText.fold(m).toUpperCase(Locale.ROOT).equals(folded))) {
            problem(
                    column,
                    Messages.get(
                            "exchange.mark",
                            label,
                            String.join(" か ", yes.stream().limit(1).toList()),
                            text));
        }
        return false;
    }
}
