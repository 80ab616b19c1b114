package jp.hoshin.policyplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.hoshin.policyplan.PolicyTable;
import jp.hoshin.policyplan.SourceTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The plan data tables as one Excel workbook: one sheet per table, named as the table (計画, 体系, 指標値 …),
 * header row first, every cell text so that what is exported is imported unchanged. Reading takes each
 * sheet's displayed values (a formula counts by its last calculated value).
 */
final class PolicyDataWorkbook {

    private PolicyDataWorkbook() {}

    /** The hidden sheet holding the fingerprint of the data the workbook was exported from. */
    static final String IDENTITY_SHEET = "_hoshin";

    /** Tables read from a workbook, and the fingerprint it was exported at (null for a workbook made elsewhere). */
    record Read(List<SourceTable> tables, @Nullable String fingerprint) {}

    static byte[] write(Map<PolicyTable, List<List<String>>> tables, String fingerprint) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(false);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (var entry : tables.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey().sheetName());
                List<List<String>> rows = entry.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c, CellType.STRING);
                        cell.setCellStyle(r == 0 ? header : text);
                        if (!cells.get(c).isEmpty()) {
                            cell.setCellValue(cells.get(c));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                int columns = rows.isEmpty() ? 0 : rows.getFirst().size();
                for (int c = 0; c < columns; c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(8, widest(rows, c))) * 256 + 512);
                    sheet.setDefaultColumnStyle(c, text);
                }
            }
            Sheet identity = workbook.createSheet(IDENTITY_SHEET);
            identity.createRow(0).createCell(0).setCellValue("fingerprint");
            identity.getRow(0).createCell(1).setCellValue(fingerprint);
            workbook.setSheetHidden(workbook.getSheetIndex(identity), true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(InputStream in, String filename) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<SourceTable> tables = new ArrayList<>();
            String fingerprint = null;
            for (Sheet sheet : workbook) {
                if (IDENTITY_SHEET.equals(sheet.getSheetName())) {
                    Row first = sheet.getRow(0);
                    fingerprint = first == null || first.getCell(1) == null
                            ? null
                            : formatter.formatCellValue(first.getCell(1));
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                int last = sheet.getLastRowNum();
                for (int r = 0; r <= last; r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                        }
                    }
                    rows.add(cells);
                }
                if (!rows.isEmpty()) {
                    tables.add(new SourceTable(filename + " のシート「" + sheet.getSheetName() + "」", rows));
                }
            }
            return new Read(tables, fingerprint);
        }
    }

    private static int widest(List<List<String>> rows, int column) {
        int widest = 0;
        for (int r = 0; r < Math.min(rows.size(), 200); r++) {
            List<String> row = rows.get(r);
            if (column < row.size()) {
                String first = row.get(column).lines().findFirst().orElse("");
                int width = first.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
                widest = Math.max(widest, width);
            }
        }
        return widest;
    }
}
