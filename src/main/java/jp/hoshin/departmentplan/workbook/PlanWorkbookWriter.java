package jp.hoshin.departmentplan.workbook;

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
import jp.hoshin.shared.Messages;
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

import static jp.hoshin.departmentplan.workbook.PlanWorkbookFormat.*;

/**
 * Writes a department plan (or the empty template) as an .xlsx workbook for department staff: a
 * guide sheet in Japanese, one sheet per part with styled headings, fixed heading rows, column widths,
 * drop-downs (重点 ○, the items of 部の方針, the department's sections as suggestions) and empty rows
 * ready to fill in, and the hidden sheet that tells an upload which plan and version it was made from.
 * One writer writes one workbook.
 */
final class PlanWorkbookWriter {

    /** What the guide sheet says about the plan (names as people read them). */
    record Cover(
            String municipalityName,
            String fiscalYearLabel,
            String departmentName,
            String statusLabel,
            String exportedAt,
            List<String> sectionNames) {}

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

    /** One line of the read-only mid-year sheet: the checkpoint, its 基準日 (as shown), the check's state and a project's line. */
    record MidYearRow(
            String checkpoint, String referenceDate, String state, jp.hoshin.departmentplan.MidYearEntry entry) {}

    byte[] write(Cover cover, PlanWorkbookData data) {
        return write(cover, data, List.of());
    }

    byte[] write(Cover cover, PlanWorkbookData data, List<MidYearRow> midYear) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.workbook = wb;
            styles();
            guide(cover, data.identity());
            policy(data.content());
            roles(data.content().sectionRoles(), cover.sectionNames());
            projects(data.projects(), cover.sectionNames());
            targets(data.projects());
            if (!midYear.isEmpty()) {
                midYear(midYear);
            }
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
        ((XSSFCellStyle) heading)
                .setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}));
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered();
        label.setFont(bold);
        label.setWrapText(true);
        ((XSSFCellStyle) label)
                .setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}));
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
        put(
                sheet.createRow(r++),
                0,
                Messages.get(
                        "departmentplan.workbook.title",
                        cover.municipalityName(),
                        cover.fiscalYearLabel(),
                        cover.departmentName()),
                title);
        r++;
        r = pair(
                sheet,
                r,
                Messages.get("departmentplan.workbook.cover.municipality"),
                Messages.get(
                        "departmentplan.workbook.cover.municipalityValue",
                        cover.municipalityName(),
                        identity.municipalityCode()));
        r = pair(sheet, r, Messages.get("departmentplan.workbook.cover.year"), cover.fiscalYearLabel());
        r = pair(sheet, r, Messages.get("departmentplan.workbook.cover.department"), cover.departmentName());
        r = pair(sheet, r, Messages.get("departmentplan.workbook.cover.status"), cover.statusLabel());
        r = pair(sheet, r, Messages.get("departmentplan.workbook.cover.exportedAt"), cover.exportedAt());
        r++;
        put(sheet.createRow(r++), 0, Messages.get("departmentplan.workbook.guide.heading"), title);
        for (String line : List.of(
                Messages.get("departmentplan.workbook.guide.line1"),
                Messages.get("departmentplan.workbook.guide.line2"),
                Messages.get("departmentplan.workbook.guide.line3"),
                Messages.get("departmentplan.workbook.guide.line4"),
                Messages.get("departmentplan.workbook.guide.line5"),
                Messages.get("departmentplan.workbook.guide.line6"),
                Messages.get("departmentplan.workbook.guide.line7"),
                Messages.get("departmentplan.workbook.guide.line8"))) {
            Row row = sheet.createRow(r++);
            put(row, 0, line, null);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 2));
        }
        r++;
        Row head = sheet.createRow(r++);
        put(head, 0, Messages.get("departmentplan.workbook.guide.sheet"), heading);
        put(head, 1, Messages.get("departmentplan.workbook.guide.column"), heading);
        put(head, 2, Messages.get("departmentplan.workbook.guide.what"), heading);
        String[][] columns = {
            {POLICY, MISSION_HEADLINE, Messages.get("departmentplan.workbook.guide.missionHeadline")},
            {POLICY, MISSION, Messages.get("departmentplan.workbook.guide.mission")},
            {POLICY, STAFF + "・" + BUDGET, Messages.get("departmentplan.workbook.guide.resources")},
            {POLICY, POLICIES, Messages.get("departmentplan.workbook.guide.policies")},
            {
                ROLES,
                key(SECTION.heading()) + "・" + key(ROLE.heading()),
                Messages.get("departmentplan.workbook.guide.roles")
            },
            {PROJECTS, key(NUMBER.heading()), Messages.get("departmentplan.workbook.guide.number")},
            {
                PROJECTS,
                key(TITLE.heading()) + "・" + key(LEAD.heading()) + "・" + key(DESCRIPTION.heading()),
                Messages.get("departmentplan.workbook.guide.project")
            },
            {PROJECTS, key(MAIN.heading()), Messages.get("departmentplan.workbook.guide.main")},
            {TARGETS, key(PROJECT_NUMBER.heading()), Messages.get("departmentplan.workbook.guide.projectNumber")},
            {TARGETS, key(TARGET_TEXT.heading()), Messages.get("departmentplan.workbook.guide.targetText")},
            {
                TARGETS,
                key(MEASURE.heading()) + "・" + key(TARGET_VALUE.heading()) + "・" + key(UNIT.heading()),
                Messages.get("departmentplan.workbook.guide.measure")
            },
            {TARGETS, key(DEADLINE.heading()), Messages.get("departmentplan.workbook.guide.deadline")},
            {
                TARGETS,
                key(BASELINE_VALUE.heading()) + "・" + key(BASELINE_YEAR.heading()),
                Messages.get("departmentplan.workbook.guide.baseline")
            }
        };
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
        list(
                sheet,
                1,
                r + 200,
                0,
                sheet.getDataValidationHelper().createExplicitListConstraint(ITEMS.toArray(String[]::new)),
                true,
                Messages.get("departmentplan.workbook.prompt.itemTitle"),
                Messages.get("departmentplan.workbook.prompt.item"));
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
        list(
                sheet,
                1,
                r + 200,
                4,
                sheet.getDataValidationHelper().createExplicitListConstraint(new String[] {MAIN_MARK}),
                true,
                Messages.get("departmentplan.workbook.prompt.mainTitle"),
                Messages.get("departmentplan.workbook.guide.main"));
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

    private void midYear(List<MidYearRow> rows) {
        Sheet sheet = table(MIDYEAR, MIDYEAR_COLUMNS);
        int r = 1;
        for (MidYearRow m : rows) {
            Row row = sheet.createRow(r++);
            put(row, 0, m.checkpoint(), text);
            put(row, 1, m.referenceDate(), text);
            put(row, 2, m.state(), text);
            number(row, 3, BigDecimal.valueOf(m.entry().projectNumber()), center);
            put(row, 4, m.entry().projectTitle(), text);
            put(row, 5, m.entry().status(), text);
            put(row, 6, m.entry().comment(), text);
            put(row, 7, m.entry().valuesSoFar(), text);
        }
        finish(sheet);
        sheet.protectSheet(UUID.randomUUID().toString());
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
            {
                META_VERSION,
                identity.planVersion() == null ? "" : identity.planVersion().toString()
            },
            {META_EXPORTED, cover.exportedAt()}
        }) {
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
        list(
                sheet,
                1,
                lastRow + 200,
                column,
                sheet.getDataValidationHelper().createFormulaListConstraint(range),
                false,
                Messages.get("departmentplan.workbook.prompt.sectionTitle"),
                Messages.get("departmentplan.workbook.prompt.section"));
    }

    private void list(
            Sheet sheet,
            int firstRow,
            int lastRow,
            int column,
            DataValidationConstraint constraint,
            boolean strict,
            String promptTitle,
            String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int last = Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(firstRow, last, column, column));
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
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
