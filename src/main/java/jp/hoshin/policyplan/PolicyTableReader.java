package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlacementRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ProgressRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import jp.hoshin.shared.exchange.Spreadsheets;
import org.jspecify.annotations.Nullable;

/**
 * Reads uploaded tables into rows, collecting every problem with its file or sheet, row and column
 * instead of stopping at the first. Checks each cell and each table on its own; references between
 * tables and to stored data are checked by {@link PolicyDataImport}.
 */
final class PolicyTableReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

    /** What a 値 cell says for no value: — (a state not reached yet, or no figure) or なし (not measured that year). */
    private static final Set<String> MISSING = Set.of("—", "-", "―", "ー", "‐", "なし", "－");

    private static String stripPercent(String text) {
        return JapaneseText.fold(text).replaceAll("%$", "");
    }

    /** Rows of each kind found in the upload; a table absent from the upload is absent here. */
    record Upload(
            EnumMap<PolicyTable, List<?>> tables,
            Map<PolicyTable, String> sources,
            Map<Object, Integer> lineOf,
            Set<Object> blankValues,
            Map<PolicyTable, List<String>> headers) {

        @SuppressWarnings("unchecked")
        <T> List<T> rows(PolicyTable table) {
            return (List<T>) tables.getOrDefault(table, List.of());
        }

        boolean has(PolicyTable table) {
            return tables.containsKey(table);
        }

        String source(PolicyTable table) {
            return sources.getOrDefault(table, table.sheetName());
        }

        /** The column letter of a column of an uploaded table (null when the table or column is absent). */
        @Nullable
        String letter(PolicyTable table, @Nullable String column) {
            int at =
                    column == null ? -1 : headers.getOrDefault(table, List.of()).indexOf(column);
            return at < 0 ? null : Spreadsheets.letter(at);
        }
    }

    private final Problems problems = new Problems();

    /** 指標値 rows whose 値 cell was left blank: not yet for a state indicator, a problem for a numeric one. */
    private final List<Object> blankValues = new ArrayList<>();

    Problems problems() {
        return problems;
    }

    Upload read(List<SourceTable> sources) {
        EnumMap<PolicyTable, List<?>> tables = new EnumMap<>(PolicyTable.class);
        Map<PolicyTable, String> names = new HashMap<>();
        Map<Object, Integer> lineOf = new HashMap<>();
        Map<PolicyTable, List<String>> headers = new HashMap<>();
        blankValues.clear();
        for (SourceTable source : sources) {
            if (source.rows().isEmpty()) {
                continue;
            }
            List<String> header = source.rows().getFirst().stream()
                    .map(h -> JapaneseText.fold(h).replace("\uFEFF", ""))
                    .toList();
            Optional<PolicyTable> table = PolicyTable.recognise(header);
            if (table.isEmpty()) {
                problems.add(ExchangeProblem.ofSheet(source.source(), Messages.get("policy.import.unknownTable")));
                continue;
            }
            PolicyTable t = table.get();
            String name = "「" + t.sheetName() + "」（" + source.source() + "）";
            if (tables.containsKey(t)) {
                problems.add(ExchangeProblem.ofSheet(name, Messages.get("policy.import.tableTwice", t.sheetName())));
                continue;
            }
            for (String h : header) {
                if (!h.isEmpty() && !t.columns().contains(h)) {
                    problems.add(new ExchangeProblem(
                            name,
                            1,
                            Spreadsheets.letter(header.indexOf(h)),
                            h,
                            Messages.get("policy.import.unknownColumn", t.sheetName())));
                }
            }
            names.put(t, name);
            headers.put(t, header);
            List<Object> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 1; i < source.rows().size(); i++) {
                List<String> cells = source.rows().get(i);
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                Row row = new Row(name, i + 1, header, cells);
                Object parsed = parse(t, row);
                if (parsed != null) {
                    String identity = identity(parsed);
                    if (!seen.add(identity)) {
                        problems.add(name, i + 1, null, Messages.get("exchange.duplicateRow", identity));
                    } else {
                        rows.add(parsed);
                        lineOf.put(parsed, i + 1);
                    }
                }
            }
            tables.put(t, rows);
        }
        Set<Object> blank = Collections.newSetFromMap(new IdentityHashMap<>());
        blankValues.forEach(blank::add);
        return new Upload(tables, names, lineOf, blank, headers);
    }

    private static String identity(Object row) {
        return switch (row) {
            case PlanRow p -> p.key();
            case RevisionRow r -> r.planKey() + " " + r.seq();
            case PhaseRow p -> p.planKey() + " " + p.name();
            case ElementRow e -> e.key();
            case IndicatorRow i -> i.key();
            case PlacementRow p -> p.elementKey() + " " + p.indicatorKey();
            case ValueRow v ->
                v.indicatorKey() + " " + v.fiscalYear() + " " + v.kind().label();
            case ProgressRow p -> p.elementKey() + " " + p.fiscalYear();
            default -> row.toString();
        };
    }

    private @Nullable Object parse(PolicyTable table, Row r) {
        int before = problems.count();
        Object row = switch (table) {
            case PLANS ->
                new PlanRow(
                        r.id("計画ID"),
                        r.choice("種別", PolicyPlanKind::ofLabel, PolicyPlanKind.BASIC_PLAN),
                        r.text("名称", 200),
                        r.optionalId("上位計画ID"),
                        r.year("開始年度"),
                        r.year("終了年度"),
                        r.year("目標年度"),
                        r.year("基準年度"),
                        r.optionalText("基準年度の名称", 40),
                        r.percent("順調の基準"),
                        r.optionalText("概要", 20000),
                        r.bands("判定区分"));
            case REVISIONS -> {
                JapaneseDates.Parsed adopted = r.date("年月");
                yield new RevisionRow(
                        r.id("計画ID"),
                        r.wholeNumber("順番"),
                        r.text("名称", 60),
                        adopted == null ? null : adopted.date(),
                        adopted == null ? null : adopted.precision(),
                        r.year("目標年度"),
                        r.optionalText("備考", 2000));
            }
            case PHASES -> {
                Integer start = r.year("開始年度");
                Integer end = r.year("終了年度");
                if (start != null && end != null && end < start) {
                    r.problem("終了年度", Messages.get("policy.import.endBeforeStart"));
                }
                yield new PhaseRow(r.id("計画ID"), r.text("区分", 20), start == null ? 0 : start, end == null ? 0 : end);
            }
            case ELEMENTS ->
                new ElementRow(
                        r.id("計画ID"),
                        r.id("要素ID"),
                        r.choice("種類", ElementKind::ofLabel, ElementKind.MEASURE),
                        r.optionalId("上位要素ID"),
                        r.optionalText("番号", 40),
                        r.text("名称", 300),
                        r.optionalText("担当", 500),
                        r.flag("主要", "主要"),
                        r.optionalId("関連要素ID"),
                        r.optionalText("概要", 20000));
            case INDICATORS ->
                new IndicatorRow(
                        r.id("指標ID"),
                        r.text("名称", 300),
                        r.optionalText("単位", 40),
                        r.optionalText("内訳名称", 60),
                        r.optionalText("内訳単位", 40),
                        r.optionalText("主値名称", 60),
                        r.choice("方向", Direction::ofLabel, Direction.UP),
                        r.choice("目標種別", TargetKind::ofLabel, TargetKind.NUMBER),
                        r.year("目標年度"),
                        r.number("目標値"),
                        r.number("目標内訳値"),
                        r.optionalText("目標補足", 100),
                        r.optionalText("目標状態", 200),
                        r.optionalText("注", 5000),
                        r.optionalChoice(
                                "集計",
                                l -> Aggregation.ofLabel(l)
                                        .orElseThrow(() -> new IllegalArgumentException(
                                                Messages.get("policy.import.aggregation"))),
                                Aggregation.POINT));
            case PLACEMENTS ->
                new PlacementRow(
                        r.id("要素ID"),
                        r.id("指標ID"),
                        r.choice("役割", PlacementRole::ofLabel, PlacementRole.MEASURE),
                        r.year("目標年度"),
                        r.number("目標値"));
            case VALUES -> {
                String raw = JapaneseText.fold(r.cell("値"));
                boolean missing = MISSING.contains(raw);
                boolean number = !missing
                        && !raw.isEmpty()
                        && JapaneseText.parseNumber(stripPercent(raw)).isPresent();
                BigDecimal value = number ? r.number("値") : null;
                String state = missing || number || raw.isEmpty() ? null : JapaneseText.text(r.optionalText("値", 200));
                Integer year = r.year("年度");
                if (year == null && r.cell("年度").isEmpty()) {
                    r.problem("年度", Messages.get("policy.import.yearRequired"));
                }
                ValueRow valueRow = new ValueRow(
                        r.id("指標ID"),
                        year == null ? 0 : year,
                        value,
                        r.number("内訳値"),
                        r.reference("参照時点"),
                        r.optionalText("補足", 100),
                        r.optionalText("市の評価", 100),
                        r.optionalChoice(
                                "種類",
                                l -> ValueKind.ofLabel(l)
                                        .orElseThrow(() ->
                                                new IllegalArgumentException(Messages.get("policy.import.valueKind"))),
                                ValueKind.ACTUAL),
                        state);
                if (raw.isEmpty()) {
                    blankValues.add(valueRow);
                }
                yield valueRow;
            }
            case PROGRESS -> {
                Integer year = r.year("年度");
                if (year == null && r.cell("年度").isEmpty()) {
                    r.problem("年度", Messages.get("policy.import.yearRequired"));
                }
                yield new ProgressRow(r.id("要素ID"), year == null ? 0 : year, r.text("本文", 20000));
            }
        };
        return problems.count() == before ? row : null;
    }

    /** One row of a table, read cell by cell through the exchange kit; every problem is recorded with its place. */
    private final class Row {

        private final List<String> header;
        private final RowReader reader;

        Row(String source, int line, List<String> header, List<String> cells) {
            this.header = header;
            this.reader = RowReader.ofText(problems, source, line, header, cells);
        }

        private int index(String column) {
            return header.indexOf(column);
        }

        void problem(String column, String message) {
            reader.problem(index(column), message);
        }

        String cell(String column) {
            return index(column) < 0 ? "" : reader.text(index(column));
        }

        String text(String column, int max) {
            return reader.requiredText(index(column), column, max);
        }

        @Nullable
        String optionalText(String column, int max) {
            return reader.optionalText(index(column), column, max);
        }

        String id(String column) {
            String value = JapaneseText.fold(cell(column));
            if (value.isEmpty()) {
                problem(column, Messages.get("exchange.required", column));
            } else if (!ID.matcher(value).matches()) {
                problem(column, Messages.get("policy.import.idFormat", column, value));
            }
            return value;
        }

        @Nullable
        String optionalId(String column) {
            return cell(column).isEmpty() ? null : id(column);
        }

        <E> E optionalChoice(String column, Function<String, E> ofLabel, E fallback) {
            if (index(column) < 0) {
                return fallback;
            }
            E chosen = reader.choice(index(column), column, ofLabel, fallback, false);
            return chosen == null ? fallback : chosen;
        }

        <E> E choice(String column, Function<String, E> ofLabel, E fallback) {
            E chosen = reader.choice(index(column), column, ofLabel, fallback, true);
            return chosen == null ? fallback : chosen;
        }

        boolean flag(String column, String yes) {
            return reader.mark(index(column), column, List.of(yes, "○", "〇", "【" + yes + "】"), List.of());
        }

        @Nullable
        Integer year(String column) {
            return reader.year(index(column), column, 1868, 2200);
        }

        int wholeNumber(String column) {
            if (cell(column).isEmpty()) {
                problem(column, Messages.get("exchange.required", column));
                return 0;
            }
            return reader.wholeNumber(index(column), column, 0, Integer.MAX_VALUE)
                    .map(Long::intValue)
                    .orElse(0);
        }

        @Nullable
        Integer percent(String column) {
            String value = JapaneseText.fold(cell(column)).replace("%", "");
            if (value.isEmpty()) {
                return null;
            }
            Optional<Long> n = JapaneseText.parseWholeNumber(value);
            if (n.isEmpty() || n.get() < 1 || n.get() > 100) {
                problem(column, Messages.get("exchange.wholeNumber", column + "（%）", 1, 100));
                return null;
            }
            return n.get().intValue();
        }

        /** A number with the precision it was written with (3 stays 3, 32.00 stays 32.00). */
        @Nullable
        BigDecimal number(String column) {
            String text = cell(column);
            if (text.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> n = JapaneseText.parseNumber(stripPercent(text));
            if (n.isEmpty()) {
                return reader.decimal(index(column), column);
            }
            return n.get().scale() < 0 ? n.get().setScale(0) : n.get();
        }

        JapaneseDates.@Nullable Parsed date(String column) {
            try {
                return JapaneseDates.parse(cell(column)).orElse(null);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        @Nullable
        JudgementBands bands(String column) {
            try {
                return JudgementBands.parseOptional(cell(column)).orElse(null);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        @Nullable
        ReferencePoint reference(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return ReferencePoint.parse(value);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage() == null ? Messages.get("policy.reference.unreadable") : e.getMessage());
                return null;
            }
        }
    }
}
