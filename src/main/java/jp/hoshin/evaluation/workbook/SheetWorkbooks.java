package jp.hoshin.evaluation.workbook;

import static jp.hoshin.evaluation.workbook.SheetWorkbookFormat.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorFigure;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.YearCost;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Excel round-trip of a year's evaluation sheets. {@link #export} writes one worksheet per sheet; {@link #importWorkbook}
 * reads every worksheet first and reports every problem with its worksheet, row and column in Japanese; only a workbook
 * without problems is written, all sheets in one transaction ({@link Evaluations#writeAll}). A workbook made before a
 * sheet changed is refused. Callers check that the user may read the year; {@code mayEdit} says which sheets the user
 * may change (unchanged sheets are left alone, so a workbook may carry sheets the user only reads).
 */
@Component
public class SheetWorkbooks {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Evaluations evaluations;
    private final FiscalYears fiscalYears;

    SheetWorkbooks(Evaluations evaluations, FiscalYears fiscalYears) {
        this.evaluations = evaluations;
        this.fiscalYears = fiscalYears;
    }

    /** One problem: where (worksheet, 1-based row, column letter) and what to do. */
    public record Problem(@Nullable String worksheet, int row, @Nullable String column, String message) {

        /** 「シート『03_街路灯LED化』 12行 D列: 人工数は数値で入力してください」 */
        public String text() {
            if (worksheet == null) {
                return message;
            }
            return "シート『" + worksheet + "』" + (row > 0 ? " " + row + "行" : "") + (column == null ? "" : " " + column + "列") + ": " + message;
        }
    }

    /** The outcome of an upload: problems (then nothing was saved), or the numbers of the sheets that changed. */
    public record Outcome(List<Problem> problems, List<Integer> changed) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    // ---- export ----

    public byte[] export(String municipalityCode, int year, Predicate<EvaluationSheetView> include) {
        List<EvaluationSheetView> sheets = evaluations.sheets(municipalityCode, year).stream().filter(include).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle label = wb.createCellStyle();
            var bold = wb.createFont();
            bold.setBold(true);
            label.setFont(bold);
            CellStyle yen = wb.createCellStyle();
            yen.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            guide(wb.createSheet(GUIDE), year);
            Sheet meta = wb.createSheet(META);
            row(meta, 0).createCell(0).setCellValue("形式");
            meta.getRow(0).createCell(1).setCellValue(FORMAT);
            row(meta, 1).createCell(0).setCellValue("自治体");
            meta.getRow(1).createCell(1).setCellValue(municipalityCode);
            row(meta, 2).createCell(0).setCellValue("年度");
            meta.getRow(2).createCell(1).setCellValue(year);
            int m = 3;
            for (EvaluationSheetView s : sheets) {
                String name = worksheetName(s.number(), s.content().name());
                Row r = row(meta, m++);
                r.createCell(0).setCellValue(name);
                r.createCell(1).setCellValue(s.number());
                r.createCell(2).setCellValue(s.version());
                write(wb.createSheet(name), s, label, yen);
            }
            wb.setSheetVisibility(wb.getSheetIndex(META), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(Sheet sheet, int year) {
        String[] lines = {
                "事務事業評価シート（" + year + "年度）の記入のしかた",
                "・評価シート1件が1つのワークシートです。ワークシートの名前・行・列を追加・削除・移動しないでください。",
                "・B列以降に記入します。数値は全角でも入力できます（例: ３３０，０００）。金額は円、人工数は小数点以下2桁まで（例: 1.25）。",
                "・根拠法令の区分: 法定義務／努力義務／任意／なし。新規・継続: 新規／継続。実施方法: 直営、委託、指定管理、補助、貸付、その他（複数は「、」で区切る）。",
                "・指標の区分: 活動指標／成果指標。減少をめざす指標は E 列に ○ を入れます。単位コストに使う指標は「指標の番号」で指定します。",
                "・事業期間の終了年度は、終期がなければ空欄にします。年度は 2016 や 平成28年度 のように書けます。",
                "・取り込みは、すべてのワークシートに誤りがないときだけ行われます。誤りはワークシート・行・列とともに表示されます。",
                "・書き出した後に画面で変更された評価シートがあると、取り込めません。もう一度書き出してから記入してください。",
                "・評価（妥当性・有効性・効率性、今後の方向性）は画面で入力します。"};
        for (int i = 0; i < lines.length; i++) {
            row(sheet, i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void write(Sheet sheet, EvaluationSheetView s, CellStyle label, CellStyle yen) {
        SheetContent c = s.content();
        List<Integer> years = s.years();
        Cell title = row(sheet, 0).createCell(0);
        title.setCellValue("事務事業評価シート No." + s.number() + "（" + s.year() + "年度・" + s.stage().label() + "）");
        title.setCellStyle(label);
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("事業名", c.name());
        values.put("所管課", c.sectionName());
        values.put("予算科目（款）", c.budgetKan());
        values.put("予算科目（項）", c.budgetKou());
        values.put("予算科目（目）", c.budgetMoku());
        values.put("予算科目（細目）", c.budgetSaimoku());
        values.put("根拠法令", c.legalBasis());
        values.put("根拠法令の区分", c.legalBasisKind() == null ? null : c.legalBasisKind().label());
        values.put("基本計画上の位置付け（要素ID）", c.policyElementKey());
        values.put("アクションプランの個別課題等（要素ID）", c.actionItemKeys().isEmpty() ? null : String.join("、", c.actionItemKeys()));
        values.put("運営方針と目標の個別事業（ID）", c.planProjectIds().isEmpty() ? null
                : String.join("、", c.planProjectIds().stream().map(String::valueOf).toList()));
        values.put("事業期間（開始年度）", c.startYear());
        values.put("事業期間（終了年度）", c.endYear());
        values.put("新規・継続", c.newProject() ? "新規" : "継続");
        values.put("実施方法", c.methods().isEmpty() ? null : c.methodsText());
        values.put("対象", c.target());
        values.put("意図", c.intent());
        values.put("手段", c.means());
        values.put("単位コストに使う指標（指標の番号）", c.unitCostIndicator() == null ? null : c.unitCostIndicator() + 1);
        for (String field : FIELDS) {
            Row r = row(sheet, fieldRow(field) - 1);
            Cell l = r.createCell(0);
            l.setCellValue(field);
            l.setCellStyle(label);
            set(r.createCell(1), values.get(field), null);
        }
        Row head = row(sheet, INDICATOR_HEADER_ROW - 1);
        String[] headings = {INDICATOR_HEADING, "区分", "指標名", "単位", "減少をめざす（○）"};
        for (int i = 0; i < headings.length; i++) {
            head.createCell(i).setCellValue(headings[i]);
            head.getCell(i).setCellStyle(label);
        }
        for (int k = 0; k < 3; k++) {
            head.createCell(COL_FIRST_VALUE + 2 * k).setCellValue(years.get(k) + "年度 目標");
            head.createCell(COL_FIRST_VALUE + 2 * k + 1).setCellValue(years.get(k) + "年度 実績");
        }
        for (int i = 0; i < INDICATOR_ROWS; i++) {
            Row r = row(sheet, INDICATOR_HEADER_ROW + i);
            r.createCell(0).setCellValue(i + 1);
            if (i < c.indicators().size()) {
                PerformanceIndicator ind = c.indicators().get(i);
                r.createCell(COL_KIND).setCellValue(ind.kind().label());
                r.createCell(COL_NAME).setCellValue(ind.name());
                set(r.createCell(COL_UNIT), ind.unit(), null);
                set(r.createCell(COL_DECREASING), ind.decreasing() ? "○" : null, null);
                for (int k = 0; k < 3; k++) {
                    set(r.createCell(COL_FIRST_VALUE + 2 * k), ind.target(years.get(k)), null);
                    set(r.createCell(COL_FIRST_VALUE + 2 * k + 1), ind.actual(years.get(k)), null);
                }
            }
        }
        Row costHead = row(sheet, COST_HEADER_ROW - 1);
        costHead.createCell(0).setCellValue(COST_HEADING);
        costHead.getCell(0).setCellStyle(label);
        for (int k = 0; k < 3; k++) {
            costHead.createCell(1 + k).setCellValue(years.get(k) + "年度");
        }
        for (int i = 0; i < COST_ROWS.size(); i++) {
            Row r = row(sheet, COST_HEADER_ROW + i);
            r.createCell(0).setCellValue(COST_ROWS.get(i));
            for (int k = 0; k < 3; k++) {
                YearCost yc = c.cost(years.get(k));
                Object v = i < 5 ? yc.sources()[i] : yc.personYears();
                set(r.createCell(1 + k), v, i < 5 ? yen : null);
            }
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(COL_NAME, 30 * 256);
    }

    private static void set(Cell cell, @Nullable Object value, @Nullable CellStyle style) {
        switch (value) {
            case null -> { }
            case Long l -> cell.setCellValue(l);
            case Integer i -> cell.setCellValue(i);
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
        if (style != null && value != null) {
            cell.setCellStyle(style);
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    // ---- import ----

    public Outcome importWorkbook(String municipalityCode, int year, byte[] content, Predicate<EvaluationSheetView> mayEdit) {
        List<Problem> problems = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            return new Outcome(List.of(new Problem(null, 0, null, "ファイルが大きすぎます（10MBまで）。")), List.of());
        }
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        if (!fy.open()) {
            return new Outcome(List.of(new Problem(null, 0, null, fy.year().label() + "は締められているため取り込めません。")), List.of());
        }
        Map<Integer, Map.Entry<Long, SheetContent>> parsed = new LinkedHashMap<>();
        Map<Integer, String> worksheetOf = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet meta = wb.getSheet(META);
            DataFormatter fmt = new DataFormatter();
            if (meta == null || !FORMAT.equals(text(fmt, meta, 0, 1))) {
                return new Outcome(List.of(new Problem(null, 0, null,
                        "Hoshin で書き出した評価シートのファイルではありません。「評価シートをExcelで書き出す」で書き出したファイルに記入してください。")), List.of());
            }
            if (!municipalityCode.equals(text(fmt, meta, 1, 1)) || !String.valueOf(year).equals(text(fmt, meta, 2, 1))) {
                return new Outcome(List.of(new Problem(null, 0, null, "このファイルは別の自治体または年度（" + text(fmt, meta, 2, 1)
                        + "年度）の評価シートです。")), List.of());
            }
            Map<Integer, EvaluationSheetView> stored = evaluations.byNumber(municipalityCode, year);
            for (int r = 3; r <= meta.getLastRowNum(); r++) {
                String name = text(fmt, meta, r, 0);
                if (name.isEmpty()) {
                    continue;
                }
                int number = Integer.parseInt(text(fmt, meta, r, 1));
                long version = Long.parseLong(text(fmt, meta, r, 2));
                Sheet sheet = wb.getSheet(name);
                if (sheet == null) {
                    problems.add(new Problem(name, 0, null, "ワークシートが見つかりません（名前を変えたり削除したりしないでください）。"));
                    continue;
                }
                EvaluationSheetView current = stored.get(number);
                if (current == null) {
                    problems.add(new Problem(name, 0, null, "この評価シート（No." + number + "）は削除されています。"));
                    continue;
                }
                int before = problems.size();
                SheetContent c = new SheetReader(name, sheet, current.years(), problems, fmt).read();
                if (problems.size() > before || c == null) {
                    continue;
                }
                if (current.version() != version) {
                    problems.add(new Problem(name, 0, null, "書き出した後に画面で変更されているため取り込めません。もう一度書き出してから記入してください。"));
                    continue;
                }
                if (!c.equals(current.content())) {
                    if (current.frozen()) {
                        problems.add(new Problem(name, 0, null, "この評価は「" + current.stage().label() + "」のため変更できません。"));
                        continue;
                    }
                    if (!mayEdit.test(current)) {
                        problems.add(new Problem(name, 0, null, "この評価シートを変更する権限がありません（部の編集担当は一次評価中の自分の部のシートだけ変更できます）。"));
                        continue;
                    }
                }
                parsed.put(number, Map.entry(version, c));
                worksheetOf.put(number, name);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException) {
                throw (BusinessRuleException) e;
            }
            if (problems.isEmpty()) {
                return new Outcome(List.of(new Problem(null, 0, null, "Excel ファイル（.xlsx）として読み込めませんでした。")), List.of());
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, List.of());
        }
        try {
            return new Outcome(List.of(), evaluations.writeAll(municipalityCode, year, parsed));
        } catch (ConcurrentEditException e) {
            return new Outcome(List.of(new Problem(null, 0, null, e.getMessage())), List.of());
        } catch (BusinessRuleException e) {
            return new Outcome(List.of(new Problem(null, 0, null, e.getMessage())), List.of());
        }
    }

    private static String text(DataFormatter fmt, Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(col) == null ? "" : fmt.formatCellValue(r.getCell(col)).strip();
    }

    /** Reads one worksheet, adding every problem it finds. */
    private static final class SheetReader {
        private final String name;
        private final Sheet sheet;
        private final List<Integer> years;
        private final List<Problem> problems;
        private final DataFormatter fmt;

        SheetReader(String name, Sheet sheet, List<Integer> years, List<Problem> problems, DataFormatter fmt) {
            this.name = name;
            this.sheet = sheet;
            this.years = years;
            this.problems = problems;
            this.fmt = fmt;
        }

        @Nullable SheetContent read() {
            for (String field : FIELDS) {
                if (!field.equals(text(fmt, sheet, fieldRow(field) - 1, 0))) {
                    problem(fieldRow(field), 0, "「" + field + "」の行が見つかりません（行を追加・削除しないでください）。");
                    return null;
                }
            }
            if (!INDICATOR_HEADING.equals(text(fmt, sheet, INDICATOR_HEADER_ROW - 1, 0))
                    || !COST_HEADING.equals(text(fmt, sheet, COST_HEADER_ROW - 1, 0))) {
                problem(INDICATOR_HEADER_ROW, 0, "指標または費用の表の位置が変わっています（行を追加・削除しないでください）。");
                return null;
            }
            String title = field("事業名");
            if (title.isEmpty()) {
                problem(fieldRow("事業名"), 1, "事業名を入力してください。");
            } else if (title.length() > 200) {
                problem(fieldRow("事業名"), 1, "事業名は200文字以内で入力してください。");
            }
            LegalBasisKind kind = parse("根拠法令の区分", LegalBasisKind::ofLabel);
            Integer start = year("事業期間（開始年度）");
            Integer end = year("事業期間（終了年度）");
            if (start != null && end != null && end < start) {
                problem(fieldRow("事業期間（終了年度）"), 1, "終了年度は開始年度より後にしてください（終期がないときは空欄）。");
            }
            String newOrContinuing = field("新規・継続");
            if (!newOrContinuing.isEmpty() && !newOrContinuing.equals("新規") && !newOrContinuing.equals("継続")) {
                problem(fieldRow("新規・継続"), 1, "「新規」か「継続」を入力してください。");
            }
            Set<ImplementationMethod> methods = EnumSet.noneOf(ImplementationMethod.class);
            for (String m : words(field("実施方法"))) {
                try {
                    methods.add(ImplementationMethod.ofLabel(m));
                } catch (IllegalArgumentException e) {
                    problem(fieldRow("実施方法"), 1, e.getMessage());
                }
            }
            List<Long> projectIds = new ArrayList<>();
            for (String id : words(field("運営方針と目標の個別事業（ID）"))) {
                var n = JapaneseText.parseWholeNumber(id);
                if (n.isEmpty()) {
                    problem(fieldRow("運営方針と目標の個別事業（ID）"), 1, "個別事業のIDは数字で入力してください（複数は「、」で区切ります）。");
                } else {
                    projectIds.add(n.get());
                }
            }
            List<PerformanceIndicator> indicators = new ArrayList<>();
            Map<Integer, Integer> indexOfRow = new LinkedHashMap<>();
            for (int i = 0; i < INDICATOR_ROWS; i++) {
                int r = INDICATOR_HEADER_ROW + i;
                String indName = cell(r, COL_NAME);
                BigDecimal[] values = new BigDecimal[6];
                boolean any = false;
                for (int k = 0; k < 6; k++) {
                    values[k] = number(r, COL_FIRST_VALUE + k, (k % 2 == 0 ? "目標値" : "実績値"));
                    any |= !cell(r, COL_FIRST_VALUE + k).isEmpty();
                }
                if (indName.isEmpty()) {
                    if (any) {
                        problem(r + 1, COL_NAME, "指標名を入力してください。");
                    }
                    continue;
                }
                IndicatorKind k = IndicatorKind.ACTIVITY;
                try {
                    k = IndicatorKind.ofLabel(cell(r, COL_KIND));
                } catch (IllegalArgumentException e) {
                    problem(r + 1, COL_KIND, e.getMessage());
                }
                String dec = cell(r, COL_DECREASING);
                if (!dec.isEmpty() && !dec.equals("○") && !dec.equals("〇")) {
                    problem(r + 1, COL_DECREASING, "減少をめざす指標には ○ を、そうでなければ空欄にしてください。");
                }
                List<IndicatorFigure> figures = new ArrayList<>();
                for (int y = 0; y < 3; y++) {
                    figures.add(new IndicatorFigure(years.get(y), values[2 * y], values[2 * y + 1]));
                }
                indexOfRow.put(i + 1, indicators.size());
                indicators.add(new PerformanceIndicator(k, indName, cell(r, COL_UNIT), !dec.isEmpty(), figures));
            }
            List<YearCost> costs = new ArrayList<>();
            for (int y = 0; y < 3; y++) {
                Long[] sources = new Long[5];
                for (int i = 0; i < 5; i++) {
                    BigDecimal v = number(COST_HEADER_ROW + i, 1 + y, COST_ROWS.get(i));
                    if (v != null && (v.signum() < 0 || v.stripTrailingZeros().scale() > 0)) {
                        problem(COST_HEADER_ROW + i + 1, 1 + y, COST_ROWS.get(i) + "は0以上の整数（円）で入力してください。");
                    } else if (v != null) {
                        sources[i] = v.longValueExact();
                    }
                }
                BigDecimal persons = number(COST_HEADER_ROW + 5, 1 + y, "人工数");
                if (persons != null && (persons.signum() < 0 || persons.stripTrailingZeros().scale() > 2)) {
                    problem(COST_HEADER_ROW + 6, 1 + y, "人工数は0以上、小数点以下2桁までの数で入力してください（例: 1.25）。");
                    persons = null;
                }
                costs.add(new YearCost(years.get(y), sources[0], sources[1], sources[2], sources[3], sources[4], persons));
            }
            Integer unitIndex = null;
            String unit = field("単位コストに使う指標（指標の番号）");
            if (!unit.isEmpty()) {
                var n = JapaneseText.parseWholeNumber(unit);
                if (n.isEmpty() || !indexOfRow.containsKey(n.get().intValue())) {
                    problem(fieldRow("単位コストに使う指標（指標の番号）"), 1, "単位コストに使う指標は、指標名を入力した行の「指標の番号」で指定してください。");
                } else {
                    unitIndex = indexOfRow.get(n.get().intValue());
                }
            }
            if (problems.stream().anyMatch(p -> name.equals(p.worksheet()))) {
                return null;
            }
            try {
                return new SheetContent(title, opt(field("所管課")), opt(field("予算科目（款）")), opt(field("予算科目（項）")),
                        opt(field("予算科目（目）")), opt(field("予算科目（細目）")), opt(field("根拠法令")), kind,
                        opt(field("基本計画上の位置付け（要素ID）")), projectIds, words(field("アクションプランの個別課題等（要素ID）")),
                        start, end, newOrContinuing.equals("新規"), methods, opt(field("対象")), opt(field("意図")), opt(field("手段")),
                        indicators, costs, unitIndex);
            } catch (IllegalArgumentException e) {
                problem(0, -1, e.getMessage());
                return null;
            }
        }

        private String field(String label) {
            return cell(fieldRow(label) - 1, 1);
        }

        private String cell(int row0, int col) {
            Row r = sheet.getRow(row0);
            Cell c = r == null ? null : r.getCell(col);
            if (c == null) {
                return "";
            }
            String text = jp.hoshin.shared.InputText.withoutBidiOverrides(
                    JapaneseText.text(c.getCellType() == CellType.STRING ? c.getStringCellValue() : fmt.formatCellValue(c)));
            String refused = jp.hoshin.shared.InputText.problem(null, text, jp.hoshin.shared.InputText.MAX_LENGTH);
            if (refused != null) {
                problem(row0 + 1, col, refused);
                return "";
            }
            return text;
        }

        /** A number from a numeric cell or from text as people type it (全角, カンマ). */
        private @Nullable BigDecimal number(int row0, int col, String what) {
            Row r = sheet.getRow(row0);
            Cell c = r == null ? null : r.getCell(col);
            if (c == null) {
                return null;
            }
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (type == CellType.NUMERIC) {
                return new BigDecimal(Double.toString(c.getNumericCellValue())).stripTrailingZeros();
            }
            if (type == CellType.BLANK) {
                return null;
            }
            String t = type == CellType.STRING ? c.getStringCellValue() : fmt.formatCellValue(c);
            if (JapaneseText.text(t).isEmpty()) {
                return null;
            }
            var n = JapaneseText.parseNumber(t);
            if (n.isEmpty()) {
                problem(row0 + 1, col, what + "は数値で入力してください（全角数字・桁区切りのカンマも使えます）。");
                return null;
            }
            return n.get();
        }

        private @Nullable Integer year(String label) {
            String t = field(label);
            if (t.isEmpty()) {
                return null;
            }
            var y = JapaneseText.parseYear(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
            if (y.isEmpty() || y.get() < 1900 || y.get() > 2200) {
                problem(fieldRow(label), 1, label + "は 2016 や 平成28年度 の形で入力してください。");
                return null;
            }
            return y.get();
        }

        private <T> @Nullable T parse(String label, java.util.function.Function<String, T> parser) {
            String t = field(label);
            if (t.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(t);
            } catch (IllegalArgumentException e) {
                problem(fieldRow(label), 1, e.getMessage());
                return null;
            }
        }

        private void problem(int row, int col, String message) {
            problems.add(new Problem(name, row, col < 0 ? null : column(col), message));
        }
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(JapaneseText.fold(text).split("[、,，\\s]+")).stream().filter(s -> !s.isBlank()).toList();
    }

    private static @Nullable String opt(String s) {
        return s.isEmpty() ? null : s;
    }
}
