package jp.hoshin.departmentplan.workbook;

import static jp.hoshin.departmentplan.workbook.PlanWorkbookFormat.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectDraft;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a department plan (or the empty template) as an .xlsx workbook for department staff: a
 * guide sheet in Japanese, one sheet per part with styled headings, fixed heading rows, column widths,
 * drop-downs (重点 ○, the items of 部の方針, the department's sections as suggestions) and empty rows
 * ready to fill in, and the hidden sheet that tells an upload which plan and version it was made from.
 * One writer writes one workbook.
 */
final class PlanWorkbookWriter {

    /** What the guide sheet says about the plan (names as people read them). */
    record Cover(String municipalityName, String fiscalYearLabel, String departmentName, String statusLabel, String exportedAt,
                 List<String> sectionNames) {
    }

    private static final int SPARE_ROWS = 30;
    private static final String FONT = "游ゴシック";

    private XSSFWorkbook workbook;
    private CellStyle title;
    private CellStyle heading;
    private CellStyle label;
    private CellStyle text;
    private CellStyle wholeNumber;
    private CellStyle decimal;
    private CellStyle date;
    private CellStyle year;
    private CellStyle center;

    byte[] write(Cover cover, PlanWorkbookData data) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.workbook = wb;
            styles();
            guide(cover, data.identity());
            policy(data.content());
            roles(data.content().sectionRoles(), cover.sectionNames());
            projects(data.projects(), cover.sectionNames());
            targets(data.projects());
            meta(data.identity(), cover);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 11);
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setFontName(FONT);
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        heading = bordered();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        ((XSSFCellStyle) heading).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}));
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered();
        label.setFont(bold);
        label.setWrapText(true);
        ((XSSFCellStyle) label).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}));
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        text.setWrapText(true);
        wholeNumber = bordered();
        wholeNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = bordered();
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
        year = bordered();
        year.setDataFormat(workbook.createDataFormat().getFormat("0\"年度\""));
        center = bordered();
        center.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private void guide(Cover cover, WorkbookIdentity identity) {
        Sheet sheet = workbook.createSheet(GUIDE);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        int r = 0;
        put(sheet.createRow(r++), 0, cover.municipalityName() + " " + cover.fiscalYearLabel() + " " + cover.departmentName()
                + "の運営方針と目標（記入用）", title);
        r++;
        r = pair(sheet, r, "自治体", cover.municipalityName() + "（" + identity.municipalityCode() + "）");
        r = pair(sheet, r, "年度", cover.fiscalYearLabel());
        r = pair(sheet, r, "部", cover.departmentName());
        r = pair(sheet, r, "状況", cover.statusLabel());
        r = pair(sheet, r, "書き出した日時", cover.exportedAt());
        r++;
        put(sheet.createRow(r++), 0, "記入のしかた", title);
        for (String line : List.of(
                "・「部の方針」「各課の役割」「個別事業」「目標指標」の4つのシートに記入し、Hoshin の運営方針と目標のページの「Excelから取り込む」で取り込みます。",
                "・取り込むと、作成中の運営方針と目標がこのファイルの内容に置き換わります。このファイルに無い個別事業は削除されます。",
                "・誤りが1か所でもあると何も変更されません。誤りのあるシート・行・列と直し方が表示されます。",
                "・このファイルを書き出した後に、だれかが Hoshin で内容を変更すると、上書きを防ぐためこのファイルは取り込めません。そのときは、もう一度書き出して記入し直してください。",
                "・シートの名前と1行目の見出しは変えないでください。列の順番の入れ替えや、メモ用の列・シートの追加はできます（見出しの無い列とメモ用のシートは取り込みません）。",
                "・数式は使えません。計算した結果は「値として貼り付け」てください。",
                "・数値は全角・半角、桁区切りのカンマ付きのどれでも構いません（３３０，０００）。日付は 2025/3/31、2025-03-31、令和7年3月31日 のどれでも、年度は 2024 でも 令和6年度 でも入力できます。",
                "・空の行は読み飛ばします。行を挿入・削除して構いません。")) {
            Row row = sheet.createRow(r++);
            put(row, 0, line, null);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
        }
        r++;
        Row head = sheet.createRow(r++);
        put(head, 0, "シート", heading);
        put(head, 1, "列・項目", heading);
        put(head, 2, "記入すること", heading);
        String[][] columns = {
                {POLICY, MISSION_HEADLINE, "部の使命・目標を一言で（200文字まで）。"},
                {POLICY, MISSION, "部の使命・目標。1行に1つずつ（行が足りなければ、A列でこの項目を選んだ行を加えます）。"},
                {POLICY, STAFF + "・" + BUDGET, "部の経営資源。0以上の整数。"},
                {POLICY, POLICIES, "実施方針。1行に1つずつ、順に。"},
                {ROLES, key(SECTION.heading()) + "・" + key(ROLE.heading()), "課ごとに1行。課は一覧から選ぶか入力します。"},
                {PROJECTS, key(NUMBER.heading()), "個別事業の番号（1〜999）。今ある事業の番号は変えないでください（結果や前年度からの繰り越しは番号で引き継ぎます）。新しい事業には、まだ使っていない番号を付けます。"},
                {PROJECTS, key(TITLE.heading()) + "・" + key(LEAD.heading()) + "・" + key(DESCRIPTION.heading()),
                        "事業名（200文字まで）、担当課（60文字まで）、内容。"},
                {PROJECTS, key(MAIN.heading()), "重点事業なら ○ を選びます。空欄は重点ではありません。"},
                {TARGETS, key(PROJECT_NUMBER.heading()), "どの個別事業の目標か（「個別事業」シートの番号）。1つの事業に何行でも書けます。上から順に並びます。"},
                {TARGETS, key(TARGET_TEXT.heading()), "目標を文章で（例: 年度末にホームページのアクセス件数330,000件）。"},
                {TARGETS, key(MEASURE.heading()) + "・" + key(TARGET_VALUE.heading()) + "・" + key(UNIT.heading()),
                        "数値の目標があるときだけ。目標値は数値だけを入れ、単位（件、人、%など）は単位の列に。"},
                {TARGETS, key(DEADLINE.heading()), "目標の期限（日付）。"},
                {TARGETS, key(BASELINE_VALUE.heading()) + "・" + key(BASELINE_YEAR.heading()), "比べる基準の値とその年度（例: 平成14年度比 → 2002）。"}};
        for (String[] c : columns) {
            Row row = sheet.createRow(r++);
            put(row, 0, c[0], text);
            put(row, 1, c[1], text);
            put(row, 2, c[2], text);
        }
    }

    private int pair(Sheet sheet, int r, String name, String value) {
        Row row = sheet.createRow(r);
        put(row, 0, name, label);
        put(row, 1, value, text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        return r + 1;
    }

    private void policy(PlanContent content) {
        Sheet sheet = workbook.createSheet(POLICY);
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        headingRow(sheet, List.of(ITEM, CONTENT));
        int r = 1;
        r = item(sheet, r, MISSION_HEADLINE, content.missionHeadline());
        for (String line : lines(content.mission())) {
            r = item(sheet, r, MISSION, line);
        }
        for (int i = 0; i < 3; i++) {
            r = item(sheet, r, MISSION, null);
        }
        Row staff = sheet.createRow(r++);
        put(staff, 0, STAFF, label);
        number(staff, 1, content.staffCount() == null ? null : BigDecimal.valueOf(content.staffCount()), wholeNumber);
        Row budget = sheet.createRow(r++);
        put(budget, 0, BUDGET, label);
        number(budget, 1, content.budgetYen() == null ? null : BigDecimal.valueOf(content.budgetYen()), wholeNumber);
        for (String line : lines(content.policies())) {
            r = item(sheet, r, POLICIES, line);
        }
        for (int i = 0; i < 5; i++) {
            r = item(sheet, r, POLICIES, null);
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            r = item(sheet, r, null, null);
        }
        list(sheet, 1, r + 200, 0, sheet.getDataValidationHelper().createExplicitListConstraint(ITEMS.toArray(String[]::new)), true,
                "部の方針の項目", "一覧から項目を選んでください。");
        finish(sheet);
    }

    private int item(Sheet sheet, int r, @Nullable String name, @Nullable String value) {
        Row row = sheet.createRow(r);
        put(row, 0, name, label);
        put(row, 1, value, text);
        return r + 1;
    }

    private void roles(List<SectionRole> roles, List<String> sectionNames) {
        Sheet sheet = table(ROLES, ROLE_COLUMNS);
        int r = 1;
        for (SectionRole role : roles) {
            Row row = sheet.createRow(r++);
            put(row, 0, role.section(), text);
            put(row, 1, role.role(), text);
        }
        r = spare(sheet, r, ROLE_COLUMNS.size());
        sections(sheet, r, 0, sectionNames);
        finish(sheet);
    }

    private void projects(List<ProjectDraft> projects, List<String> sectionNames) {
        Sheet sheet = table(PROJECTS, PROJECT_COLUMNS);
        int r = 1;
        for (ProjectDraft p : projects) {
            Row row = sheet.createRow(r++);
            number(row, 0, BigDecimal.valueOf(p.number()), center);
            put(row, 1, p.content().title(), text);
            put(row, 2, p.content().leadSection(), text);
            put(row, 3, p.content().description(), text);
            put(row, 4, p.content().main() ? MAIN_MARK : null, center);
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row row = sheet.createRow(r++);
            number(row, 0, null, center);
            put(row, 1, null, text);
            put(row, 2, null, text);
            put(row, 3, null, text);
            put(row, 4, null, center);
        }
        list(sheet, 1, r + 200, 4, sheet.getDataValidationHelper().createExplicitListConstraint(new String[] {MAIN_MARK}), true, "重点事業", "重点事業なら ○ を選びます。空欄は重点ではありません。");
        sections(sheet, r, 2, sectionNames);
        finish(sheet);
    }

    private void targets(List<ProjectDraft> projects) {
        Sheet sheet = table(TARGETS, TARGET_COLUMNS);
        int r = 1;
        for (ProjectDraft p : projects) {
            for (TargetIndicator t : p.content().targets()) {
                Row row = sheet.createRow(r++);
                number(row, 0, BigDecimal.valueOf(p.number()), center);
                put(row, 1, t.text(), text);
                put(row, 2, t.measure(), text);
                number(row, 3, t.targetValue(), decimal);
                put(row, 4, t.unit(), text);
                date(row, 5, t);
                number(row, 6, t.baselineValue(), decimal);
                number(row, 7, t.baselineYear() == null ? null : BigDecimal.valueOf(t.baselineYear()), year);
            }
        }
        for (int i = 0; i < SPARE_ROWS * 2; i++) {
            Row row = sheet.createRow(r++);
            number(row, 0, null, center);
            for (int c = 1; c < TARGET_COLUMNS.size(); c++) {
                put(row, c, null, c == 5 ? date : c == 7 ? year : c == 3 || c == 6 ? decimal : text);
            }
        }
        finish(sheet);
    }

    private void date(Row row, int c, TargetIndicator t) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(date);
        if (t.deadline() != null) {
            cell.setCellValue(t.deadline());
        }
    }

    private void meta(WorkbookIdentity identity, Cover cover) {
        Sheet sheet = workbook.createSheet(META);
        int r = 0;
        for (String[] kv : new String[][] {
                {META_FORMAT, FORMAT},
                {META_MUNICIPALITY, identity.municipalityCode()},
                {META_YEAR, Integer.toString(identity.fiscalYear())},
                {META_DEPARTMENT, identity.departmentCode()},
                {META_VERSION, identity.planVersion() == null ? "" : identity.planVersion().toString()},
                {META_EXPORTED, cover.exportedAt()}}) {
            Row row = sheet.createRow(r++);
            put(row, 0, kv[0], null);
            put(row, 1, kv[1], null);
        }
        for (int i = 0; i < cover.sectionNames().size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            put(row, 3, cover.sectionNames().get(i), null);
        }
        sheet.protectSheet(UUID.randomUUID().toString());
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private Sheet table(String name, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        headingRow(sheet, columns.stream().map(Column::heading).toList());
        return sheet;
    }

    private void headingRow(Sheet sheet, List<String> headings) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int c = 0; c < headings.size(); c++) {
            put(row, c, headings.get(c), heading);
        }
    }

    private int spare(Sheet sheet, int r, int columns) {
        for (int i = 0; i < SPARE_ROWS; i++) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                put(row, c, null, text);
            }
        }
        return r;
    }

    /** The department's sections as drop-down suggestions (other names are still accepted). */
    private void sections(Sheet sheet, int lastRow, int column, List<String> sectionNames) {
        if (sectionNames.isEmpty()) {
            return;
        }
        String range = "'" + META + "'!$D$1:$D$" + sectionNames.size();
        list(sheet, 1, lastRow + 200, column, sheet.getDataValidationHelper().createFormulaListConstraint(range), false,
                "課", "一覧から選ぶか、課の名前を入力してください。");
    }

    private void list(Sheet sheet, int firstRow, int lastRow, int column, DataValidationConstraint constraint, boolean strict,
                      String promptTitle, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int last = Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, last, column, column));
        validation.setSuppressDropDownArrow(true);  // XSSF: true shows the arrow
        validation.setEmptyCellAllowed(true);
        validation.createPromptBox(promptTitle, prompt);
        validation.setShowPromptBox(true);
        if (strict) {
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(promptTitle, prompt);
            validation.setShowErrorBox(true);
        } else {
            validation.setShowErrorBox(false);
        }
        sheet.addValidationData(validation);
    }

    private static void finish(Sheet sheet) {
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
    }

    private static void put(Row row, int column, @Nullable String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /**
     * Numbers go in as numbers (so Excel can sum and format them); one with more digits than a
     * double keeps exactly goes in as text, which the reader reads back the same.
     */
    private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value == null) {
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() <= 15) {
            cell.setCellValue(plain.doubleValue());
        } else {
            cell.setCellValue(plain.toPlainString());
        }
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

}
