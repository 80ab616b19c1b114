package jp.hoshin.evaluation.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.YearCost;
import jp.hoshin.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import static jp.hoshin.evaluation.workbook.SheetWorkbookFormat.*;

/** Writes a year's evaluation sheets as one workbook: a guide, one worksheet per sheet, and the hidden sheet of versions. */
final class SheetWorkbookWriter {

    private SheetWorkbookWriter() {}

    static byte[] write(String municipalityCode, int year, List<EvaluationSheetView> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            Messages.get("evaluation.workbook.guide.heading", year),
            Messages.get("evaluation.workbook.guide.line1"),
            Messages.get("evaluation.workbook.guide.line2"),
            Messages.get("evaluation.workbook.guide.line3"),
            Messages.get("evaluation.workbook.guide.line4"),
            Messages.get("evaluation.workbook.guide.line5"),
            Messages.get("evaluation.workbook.guide.line6"),
            Messages.get("evaluation.workbook.guide.line7"),
            Messages.get("evaluation.workbook.guide.line8")
        };
        for (int i = 0; i < lines.length; i++) {
            row(sheet, i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void write(Sheet sheet, EvaluationSheetView s, CellStyle label, CellStyle yen) {
        SheetContent c = s.content();
        List<Integer> years = s.years();
        List<String> columnHeadings = s.headings();
        int n = years.size();
        Cell title = row(sheet, 0).createCell(0);
        title.setCellValue(Messages.get(
                "evaluation.workbook.title", s.number(), s.year(), s.stage().label()));
        title.setCellStyle(label);
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("事業名", c.name());
        values.put("所管課", c.sectionName());
        values.put("予算科目（款）", c.budgetKan());
        values.put("予算科目（項）", c.budgetKou());
        values.put("予算科目（目）", c.budgetMoku());
        values.put("予算科目（細目）", c.budgetSaimoku());
        values.put("根拠法令", c.legalBasis());
        values.put(
                "根拠法令の区分",
                c.legalBasisKind() == null ? null : c.legalBasisKind().label());
        values.put("基本計画上の位置付け（要素ID）", c.policyElementKey());
        values.put("アクションプランの個別課題等（要素ID）", c.actionItemKeys().isEmpty() ? null : String.join("、", c.actionItemKeys()));
        values.put(
                "運営方針と目標の個別事業（ID）",
                c.planProjectIds().isEmpty()
                        ? null
                        : String.join(
                                "、",
                                c.planProjectIds().stream().map(String::valueOf).toList()));
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
        for (int k = 0; k < n; k++) {
            head.createCell(COL_FIRST_VALUE + 2 * k).setCellValue(targetHeading(columnHeadings.get(k)));
            head.createCell(COL_FIRST_VALUE + 2 * k + 1).setCellValue(actualHeading(columnHeadings.get(k)));
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
                for (int k = 0; k < n; k++) {
                    set(r.createCell(COL_FIRST_VALUE + 2 * k), ind.target(years.get(k)), null);
                    set(r.createCell(COL_FIRST_VALUE + 2 * k + 1), ind.actual(years.get(k)), null);
                }
            }
        }
        Row costHead = row(sheet, COST_HEADER_ROW - 1);
        costHead.createCell(0).setCellValue(COST_HEADING);
        costHead.getCell(0).setCellStyle(label);
        for (int k = 0; k < n; k++) {
            costHead.createCell(1 + k).setCellValue(columnHeadings.get(k));
        }
        for (int i = 0; i < COST_ROWS.size(); i++) {
            Row r = row(sheet, COST_HEADER_ROW + i);
            r.createCell(0).setCellValue(COST_ROWS.get(i));
            for (int k = 0; k < n; k++) {
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
            case null -> {}
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
}
