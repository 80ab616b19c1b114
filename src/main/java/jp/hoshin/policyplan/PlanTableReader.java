package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.hoshin.policyplan.PlanRows.ElementRow;
import jp.hoshin.policyplan.PlanRows.IndicatorRow;
import jp.hoshin.policyplan.PlanRows.PhaseRow;
import jp.hoshin.policyplan.PlanRows.PlacementRow;
import jp.hoshin.policyplan.PlanRows.PlanRow;
import jp.hoshin.policyplan.PlanRows.ProgressRow;
import jp.hoshin.policyplan.PlanRows.RevisionRow;
import jp.hoshin.policyplan.PlanRows.ValueRow;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * Reads uploaded tables into rows, collecting every problem with its file or sheet, row and column
 * instead of stopping at the first. Checks each cell and each table on its own; references between
 * tables and to stored data are checked by {@link PlanDataImport}.
 */
final class PlanTableReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");

    /** Rows of each kind found in the upload; a table absent from the upload is absent here. */
    record Upload(EnumMap<PlanTable, List<?>> tables, Map<PlanTable, String> sources, Map<Object, Integer> lineOf) {

        @SuppressWarnings("unchecked")
        <T> List<T> rows(PlanTable table) {
            return (List<T>) tables.getOrDefault(table, List.of());
        }

        boolean has(PlanTable table) {
            return tables.containsKey(table);
        }

        String source(PlanTable table) {
            return sources.getOrDefault(table, table.sheetName());
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();

    List<ImportProblem> problems() {
        return problems;
    }

    Upload read(List<SourceTable> sources) {
        EnumMap<PlanTable, List<?>> tables = new EnumMap<>(PlanTable.class);
        Map<PlanTable, String> names = new HashMap<>();
        Map<Object, Integer> lineOf = new HashMap<>();
        for (SourceTable source : sources) {
            if (source.rows().isEmpty()) {
                continue;
            }
            List<String> header = source.rows().getFirst().stream().map(h -> JapaneseText.fold(h).replace("\uFEFF", "")).toList();
            Optional<PlanTable> table = PlanTable.recognise(header);
            if (table.isEmpty()) {
                problems.add(new ImportProblem(source.source(), 1, null,
                        "1行目の見出しから、どの表か分かりません。計画・改定・期間区分・体系・指標・指標の掲載・指標値・取組状況の見出しを1行目に書いてください。"));
                continue;
            }
            PlanTable t = table.get();
            String name = "「" + t.sheetName() + "」（" + source.source() + "）";
            if (tables.containsKey(t)) {
                problems.add(new ImportProblem(name, 1, null, "「" + t.sheetName() + "」の表が2つあります。1つにまとめてください。"));
                continue;
            }
            for (String h : header) {
                if (!h.isEmpty() && !t.columns().contains(h)) {
                    problems.add(new ImportProblem(name, 1, h, "「" + t.sheetName() + "」の表にない列です。列の名前を確かめてください。"));
                }
            }
            names.put(t, name);
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
                        problems.add(new ImportProblem(name, i + 1, null, "同じ行（" + identity + "）が2回あります。"));
                    } else {
                        rows.add(parsed);
                        lineOf.put(parsed, i + 1);
                    }
                }
            }
            tables.put(t, rows);
        }
        return new Upload(tables, names, lineOf);
    }

    private static String identity(Object row) {
        return switch (row) {
            case PlanRow p -> p.key();
            case RevisionRow r -> r.planKey() + " " + r.seq();
            case PhaseRow p -> p.planKey() + " " + p.name();
            case ElementRow e -> e.key();
            case IndicatorRow i -> i.key();
            case PlacementRow p -> p.elementKey() + " " + p.indicatorKey();
            case ValueRow v -> v.indicatorKey() + " " + v.fiscalYear();
            case ProgressRow p -> p.elementKey() + " " + p.fiscalYear();
            default -> row.toString();
        };
    }

    private @Nullable Object parse(PlanTable table, Row r) {
        int before = problems.size();
        Object row = switch (table) {
            case PLANS -> new PlanRow(r.id("計画ID"), r.choice("種別", PlanKind::ofLabel, PlanKind.BASIC_PLAN), r.text("名称", 200),
                    r.optionalId("上位計画ID"), r.year("開始年度"), r.year("終了年度"), r.year("目標年度"), r.year("基準年度"),
                    r.optionalText("基準年度の名称", 40), r.percent("順調の基準"), r.optionalText("概要", 20000));
            case REVISIONS -> {
                JapaneseDates.Parsed adopted = r.date("年月");
                yield new RevisionRow(r.id("計画ID"), r.wholeNumber("順番"), r.text("名称", 60), adopted == null ? null : adopted.date(),
                        adopted == null ? null : adopted.precision(), r.year("目標年度"), r.optionalText("備考", 2000));
            }
            case PHASES -> {
                Integer start = r.year("開始年度");
                Integer end = r.year("終了年度");
                if (start != null && end != null && end < start) {
                    r.problem("終了年度", "終了年度は開始年度より後にしてください。");
                }
                yield new PhaseRow(r.id("計画ID"), r.text("区分", 20), start == null ? 0 : start, end == null ? 0 : end);
            }
            case ELEMENTS -> new ElementRow(r.id("計画ID"), r.id("要素ID"), r.choice("種類", ElementKind::ofLabel, ElementKind.MEASURE),
                    r.optionalId("上位要素ID"), r.optionalText("番号", 40), r.text("名称", 300), r.optionalText("担当", 500),
                    r.flag("主要", "主要"), r.optionalId("関連要素ID"), r.optionalText("概要", 20000));
            case INDICATORS -> new IndicatorRow(r.id("指標ID"), r.text("名称", 300), r.optionalText("単位", 40), r.optionalText("内訳名称", 60),
                    r.optionalText("内訳単位", 40), r.optionalText("主値名称", 60), r.choice("方向", Direction::ofLabel, Direction.UP),
                    r.choice("目標種別", TargetKind::ofLabel, TargetKind.NUMBER), r.year("目標年度"), r.number("目標値"),
                    r.number("目標内訳値"), r.optionalText("目標補足", 100), r.optionalText("目標状態", 200), r.optionalText("注", 5000));
            case PLACEMENTS -> new PlacementRow(r.id("要素ID"), r.id("指標ID"), r.choice("役割", PlacementRole::ofLabel, PlacementRole.MEASURE),
                    r.year("目標年度"), r.number("目標値"));
            case VALUES -> {
                String raw = r.cell("値");
                boolean missing = raw.equals("—") || raw.equals("-") || raw.equals("―") || raw.equals("ー");
                BigDecimal value = missing ? null : r.number("値");
                if (!missing && value == null && !raw.isEmpty()) {
                    // number() reported it
                } else if (!missing && raw.isEmpty()) {
                    r.problem("値", "値を入力してください。値がないときは「—」と書いてください。");
                }
                Integer year = r.year("年度");
                if (year == null && r.cell("年度").isEmpty()) {
                    r.problem("年度", "年度を入力してください。");
                }
                yield new ValueRow(r.id("指標ID"), year == null ? 0 : year, value, r.number("内訳値"), r.reference("参照時点"),
                        r.optionalText("補足", 100), r.optionalText("市の評価", 100));
            }
            case PROGRESS -> {
                Integer year = r.year("年度");
                if (year == null && r.cell("年度").isEmpty()) {
                    r.problem("年度", "年度を入力してください。");
                }
                yield new ProgressRow(r.id("要素ID"), year == null ? 0 : year, r.text("本文", 20000));
            }
        };
        return problems.size() == before ? row : null;
    }

    /** One row of a table, read cell by cell; every problem is recorded with its place. */
    private final class Row {

        private final String source;
        private final int line;
        private final List<String> header;
        private final List<String> cells;

        Row(String source, int line, List<String> header, List<String> cells) {
            this.source = source;
            this.line = line;
            this.header = header;
            this.cells = cells;
        }

        void problem(String column, String message) {
            problems.add(new ImportProblem(source, line, column, message));
        }

        String cell(String column) {
            int i = header.indexOf(column);
            if (i < 0 || i >= cells.size() || cells.get(i) == null) {
                return "";
            }
            String text = jp.hoshin.shared.InputText.withoutBidiOverrides(JapaneseText.text(cells.get(i)));
            String refused = jp.hoshin.shared.InputText.problem(null, text, jp.hoshin.shared.InputText.MAX_LENGTH);
            if (refused != null) {
                if (reported.add(column)) {
                    problem(column, refused);
                }
                return "";
            }
            return text;
        }

        /** The columns whose text was refused, reported once however often the column is read. */
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        String text(String column, int max) {
            String value = cell(column);
            if (value.isEmpty()) {
                problem(column, column + "を入力してください。");
            } else if (value.length() > max) {
                problem(column, column + "は" + max + "文字以内にしてください（" + value.length() + "文字）。");
            }
            return value;
        }

        @Nullable String optionalText(String column, int max) {
            String value = cell(column);
            if (value.length() > max) {
                problem(column, column + "は" + max + "文字以内にしてください（" + value.length() + "文字）。");
            }
            return value.isEmpty() ? null : value;
        }

        String id(String column) {
            String value = JapaneseText.fold(cell(column));
            if (value.isEmpty()) {
                problem(column, column + "を入力してください。");
            } else if (!ID.matcher(value).matches()) {
                problem(column, column + "は半角英数字とハイフンで、60文字以内にしてください（「" + value + "」）。");
            }
            return value;
        }

        @Nullable String optionalId(String column) {
            return cell(column).isEmpty() ? null : id(column);
        }

        <E> E choice(String column, java.util.function.Function<String, E> ofLabel, E fallback) {
            String value = JapaneseText.fold(cell(column));
            if (value.isEmpty()) {
                problem(column, column + "を入力してください。");
                return fallback;
            }
            try {
                return ofLabel.apply(value);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage() + "（入力: " + value + "）");
                return fallback;
            }
        }

        boolean flag(String column, String yes) {
            String value = JapaneseText.fold(cell(column));
            if (value.isEmpty()) {
                return false;
            }
            if (value.equals(yes) || value.equals("○") || value.equals("〇") || value.equals("【" + yes + "】")) {
                return true;
            }
            problem(column, column + "は「" + yes + "」か空欄にしてください（入力: " + value + "）。");
            return false;
        }

        @Nullable Integer year(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            Optional<Integer> year = JapaneseText.parseYear(value);
            if (year.isEmpty()) {
                problem(column, column + "は「2020」か「令和2年度」のように書いてください（入力: " + value + "）。");
                return null;
            }
            return year.get();
        }

        int wholeNumber(String column) {
            String value = cell(column);
            Optional<Long> n = JapaneseText.parseWholeNumber(value);
            if (n.isEmpty()) {
                problem(column, column + "は整数で入力してください（入力: " + value + "）。");
                return 0;
            }
            return n.get().intValue();
        }

        @Nullable Integer percent(String column) {
            String value = JapaneseText.fold(cell(column)).replace("%", "");
            if (value.isEmpty()) {
                return null;
            }
            Optional<Long> n = JapaneseText.parseWholeNumber(value);
            if (n.isEmpty() || n.get() < 1 || n.get() > 100) {
                problem(column, column + "は1から100までの整数（%）で入力してください（入力: " + value + "）。");
                return null;
            }
            return n.get().intValue();
        }

        @Nullable BigDecimal number(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> n = JapaneseText.parseNumber(value);
            if (n.isEmpty()) {
                problem(column, column + "は数値で入力してください（入力: " + value + "）。単位や記号は別の列に書きます。");
                return null;
            }
            return PlanTable.plain(n.get());
        }

        JapaneseDates.@Nullable Parsed date(String column) {
            try {
                return JapaneseDates.parse(cell(column)).orElse(null);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        @Nullable ReferencePoint reference(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return ReferencePoint.parse(value);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage() == null ? "参照時点を読み取れません。" : e.getMessage());
                return null;
            }
        }
    }
}
