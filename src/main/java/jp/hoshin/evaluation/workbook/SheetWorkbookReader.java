package jp.hoshin.evaluation.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorFigure;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.YearCost;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

import static jp.hoshin.evaluation.workbook.SheetWorkbookFormat.*;

/**
 * Reads one worksheet of an evaluation workbook (the layout of {@link SheetWorkbookFormat}: labels in column A, values
 * in column B, the indicator and cost tables at fixed rows) into a {@link SheetContent}, recording every problem. A
 * formula counts by its last calculated result.
 */
final class SheetWorkbookReader {

    private static final List<String> DECREASING_MARKS = List.of("○", "〇");

    private final String where;
    private final Sheet sheet;
    private final List<Integer> years;
    private final List<String> headings;
    private final Problems problems;
    private final Map<Integer, RowReader> rows = new LinkedHashMap<>();

    /**
     * {@code years} and {@code headings}: the year columns of the municipality's form as it is now (a workbook made
     * with other columns is refused at the first heading that differs).
     */
    SheetWorkbookReader(Sheet sheet, List<Integer> years, List<String> headings, Problems problems) {
        this.where = where(sheet.getSheetName());
        this.sheet = sheet;
        this.years = years;
        this.headings = headings;
        this.problems = problems;
    }

    /** How the problems name a worksheet: 「03_街路灯LED化」シート. */
    static String where(String worksheet) {
        return Messages.get("exchange.where.sheet", worksheet);
    }

    /** The content, or null when the worksheet has a problem (then each is recorded). */
    @Nullable
    SheetContent read() {
        int before = problems.count();
        for (String field : FIELDS) {
            if (!field.equals(row(fieldRow(field)).text(0))) {
                row(fieldRow(field)).problem(-1, Messages.get("evaluation.import.rowMissing", field));
                return null;
            }
        }
        if (!INDICATOR_HEADING.equals(row(INDICATOR_HEADER_ROW).text(0))
                || !COST_HEADING.equals(row(COST_HEADER_ROW).text(0))) {
            row(INDICATOR_HEADER_ROW).problem(-1, Messages.get("evaluation.import.tablesMoved"));
            return null;
        }
        if (!yearColumnsMatch()) {
            return null;
        }
        String title = field("事業名").requiredText(1, "事業名", 200);
        LegalBasisKind kind = field("根拠法令の区分").choice(1, "根拠法令の区分", LegalBasisKind::ofLabel, null, false);
        Integer start = field("事業期間（開始年度）").year(1, Messages.get("evaluation.import.startYear"), 1900, 2200);
        Integer end = field("事業期間（終了年度）").year(1, Messages.get("evaluation.import.endYear"), 1900, 2200);
        if (start != null && end != null && end < start) {
            field("事業期間（終了年度）").problem(1, Messages.get("evaluation.import.periodOrder"));
        }
        String newOrContinuing = text("新規・継続");
        if (!newOrContinuing.isEmpty() && !newOrContinuing.equals("新規") && !newOrContinuing.equals("継続")) {
            field("新規・継続").problem(1, Messages.get("evaluation.import.newOrContinuing"));
        }
        Set<ImplementationMethod> methods = EnumSet.noneOf(ImplementationMethod.class);
        for (String m : words(text("実施方法"))) {
            parse(field("実施方法"), m, ImplementationMethod::ofLabel).ifPresent(methods::add);
        }
        List<Long> projectIds = new ArrayList<>();
        for (String id : words(text("運営方針と目標の個別事業（ID）"))) {
            var n = JapaneseText.parseWholeNumber(id);
            if (n.isEmpty()) {
                field("運営方針と目標の個別事業（ID）").problem(1, Messages.get("evaluation.import.projectIds"));
            } else {
                projectIds.add(n.get());
            }
        }
        Map<Integer, Integer> indexOfRow = new LinkedHashMap<>();
        List<PerformanceIndicator> indicators = indicators(indexOfRow);
        List<YearCost> costs = costs();
        Integer unitIndex = null;
        RowReader unitRow = field("単位コストに使う指標（指標の番号）");
        if (!unitRow.isEmpty(1)) {
            var n = JapaneseText.parseWholeNumber(unitRow.text(1));
            if (n.isEmpty() || !indexOfRow.containsKey(n.get().intValue())) {
                unitRow.problem(1, Messages.get("evaluation.import.unitCostRow"));
            } else {
                unitIndex = indexOfRow.get(n.get().intValue());
            }
        }
        if (problems.count() > before) {
            return null;
        }
        try {
            return new SheetContent(
                    title,
                    opt("所管課"),
                    opt("予算科目（款）"),
                    opt("予算科目（項）"),
                    opt("予算科目（目）"),
                    opt("予算科目（細目）"),
                    opt("根拠法令"),
                    kind,
                    opt("基本計画上の位置付け（要素ID）"),
                    projectIds,
                    words(text("アクションプランの個別課題等（要素ID）")),
                    start,
                    end,
                    newOrContinuing.equals("新規"),
                    methods,
                    opt("対象"),
                    opt("意図"),
                    opt("手段"),
                    indicators,
                    costs,
                    unitIndex);
        } catch (IllegalArgumentException e) {
            // a rule of the content as a whole (SheetContent checks them and says which in Japanese)
            problems.add(
                    where,
                    0,
                    null,
                    e.getMessage() == null ? Messages.get("evaluation.import.checkContent") : e.getMessage());
            return null;
        }
    }

    private List<PerformanceIndicator> indicators(Map<Integer, Integer> indexOfRow) {
        List<PerformanceIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < INDICATOR_ROWS; i++) {
            RowReader r = row(INDICATOR_HEADER_ROW + i + 1);
            String name = r.text(COL_NAME);
            BigDecimal[] values = new BigDecimal[2 * years.size()];
            boolean any = false;
            for (int k = 0; k < values.length; k++) {
                values[k] = r.decimal(
                        COL_FIRST_VALUE + k,
                        k % 2 == 0
                                ? Messages.get("evaluation.field.targetValue")
                                : Messages.get("evaluation.field.actualValue"));
                any |= !r.isEmpty(COL_FIRST_VALUE + k);
            }
            if (name.isEmpty()) {
                if (any) {
                    r.problem(COL_NAME, Messages.get("evaluation.indicator.nameRequired"));
                }
                continue;
            }
            IndicatorKind kind = r.choice(COL_KIND, "指標の区分", IndicatorKind::ofLabel, IndicatorKind.ACTIVITY, true);
            boolean decreasing = r.mark(COL_DECREASING, "減少をめざす指標", DECREASING_MARKS, List.of());
            List<IndicatorFigure> figures = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                figures.add(new IndicatorFigure(years.get(y), values[2 * y], values[2 * y + 1]));
            }
            indexOfRow.put(i + 1, indicators.size());
            indicators.add(new PerformanceIndicator(kind, name, r.text(COL_UNIT), decreasing, figures));
        }
        return indicators;
    }

    private List<YearCost> costs() {
        List<YearCost> costs = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            Long[] sources = new Long[5];
            for (int i = 0; i < 5; i++) {
                sources[i] = row(COST_HEADER_ROW + i + 1)
                        .wholeNumber(1 + y, Messages.get("evaluation.field.yen", COST_ROWS.get(i)), 0, Long.MAX_VALUE)
                        .orElse(null);
            }
            RowReader personsRow = row(COST_HEADER_ROW + 6);
            BigDecimal persons = personsRow.decimal(1 + y, "人工数");
            if (persons != null
                    && (persons.signum() < 0 || persons.stripTrailingZeros().scale() > 2)) {
                personsRow.problem(1 + y, Messages.get("evaluation.import.personYears"));
                persons = null;
            }
            costs.add(new YearCost(years.get(y), sources[0], sources[1], sources[2], sources[3], sources[4], persons));
        }
        return costs;
    }

    /**
     * The year columns' headings are those of the form as it is now (the planning section may have changed the columns
     * since the workbook was made: its figures would land in other years); each differing heading is a located problem.
     */
    private boolean yearColumnsMatch() {
        boolean match = true;
        for (int k = 0; k < headings.size(); k++) {
            match &= heading(row(INDICATOR_HEADER_ROW), COL_FIRST_VALUE + 2 * k, targetHeading(headings.get(k)));
            match &= heading(row(INDICATOR_HEADER_ROW), COL_FIRST_VALUE + 2 * k + 1, actualHeading(headings.get(k)));
            match &= heading(row(COST_HEADER_ROW), 1 + k, headings.get(k));
        }
        RowReader indicatorHead = row(INDICATOR_HEADER_ROW);
        if (!indicatorHead.isEmpty(COL_FIRST_VALUE + 2 * headings.size())) {
            indicatorHead.problem(
                    COL_FIRST_VALUE + 2 * headings.size(),
                    Messages.get(
                            "evaluation.import.extraYearColumn",
                            indicatorHead.text(COL_FIRST_VALUE + 2 * headings.size())));
            match = false;
        }
        return match;
    }

    private static boolean heading(RowReader row, int column, String expected) {
        String found = row.text(column);
        if (JapaneseText.text(expected).equals(JapaneseText.text(found))) {
            return true;
        }
        row.problem(column, Messages.get("evaluation.import.yearColumn", expected, found));
        return false;
    }

    /** The reader of an Excel row (1-based, as Excel numbers it). */
    private RowReader row(int excelRow) {
        return rows.computeIfAbsent(
                excelRow, r -> RowReader.of(problems, where, sheet.getRow(r - 1), r, CellValue.Formulas.CACHED_RESULT));
    }

    private RowReader field(String label) {
        return row(fieldRow(label));
    }

    private String text(String label) {
        return field(label).text(1);
    }

    private @Nullable String opt(String label) {
        String text = text(label);
        return text.isEmpty() ? null : text;
    }

    private static <T> java.util.Optional<T> parse(RowReader row, String value, Function<String, T> ofLabel) {
        try {
            return java.util.Optional.of(ofLabel.apply(value));
        } catch (IllegalArgumentException e) {
            row.problem(1, e.getMessage() == null ? Messages.get("evaluation.import.unusable", value) : e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static List<String> words(String text) {
        return text.isEmpty()
                ? List.of()
                : List.of(JapaneseText.fold(text).split("[、,，\\s]+")).stream()
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
