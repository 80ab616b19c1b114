package jp.hoshin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import jp.hoshin.shared.Fuzz;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Generated edits of a workbook as people (and attackers) make them: any cell of any sheet set to text (formula-like,
 * control characters, bidirectional overrides, 20,001 characters), numbers (huge, negative, NaN), booleans, formulas,
 * or emptied; rows deleted. For the fuzzing of the Excel imports (generated with {@link Fuzz}).
 */
public final class WorkbookMutations {

    private WorkbookMutations() {}

    /** One edit: the sheet (index modulo the sheets there are), row, column, and what goes in. */
    public record Mutation(int sheet, int row, int column, Object value) {}

    /** A formula put into a cell. */
    public record Formula(String text) {}

    /** An emptied cell, or a removed row when {@code wholeRow}. */
    public record Blank(boolean wholeRow) {}

    /** What goes into a cell: text ({@link Fuzz#text()}), any double, an edge number, a boolean, a formula, or a blank. */
    public static Object value(Fuzz fuzz) {
        return switch (fuzz.random().nextInt(6)) {
            case 0 -> fuzz.text();
            case 1 -> fuzz.anyDouble();
            case 2 -> fuzz.oneOf(Double.NaN, Double.POSITIVE_INFINITY, -1e308, 1e308, -0.0, 0.5, 1e15);
            case 3 -> fuzz.nextBoolean();
            case 4 -> new Formula(fuzz.oneOf("1/0", "A1+1", "NA()", "SUM(A1:A3)", "\"=x\""));
            default -> new Blank(fuzz.nextBoolean());
        };
    }

    /** One to six edits of sheets 0 … 3 (modulo the sheets there are), rows 0 … {@code maxRow}, columns 0 … {@code maxColumn}. */
    public static List<Mutation> mutations(Fuzz fuzz, int maxRow, int maxColumn) {
        return fuzz.list(
                1,
                6,
                () -> new Mutation(
                        fuzz.between(0, 3), fuzz.between(0, maxRow), fuzz.between(0, maxColumn), value(fuzz)));
    }

    /** The workbook with the edits applied, saved as Excel saves it. */
    public static byte[] apply(byte[] workbook, List<Mutation> mutations) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Mutation m : mutations) {
                Sheet sheet = wb.getSheetAt(m.sheet() % wb.getNumberOfSheets());
                Row row = sheet.getRow(m.row()) != null ? sheet.getRow(m.row()) : sheet.createRow(m.row());
                Cell cell = row.getCell(m.column()) != null ? row.getCell(m.column()) : row.createCell(m.column());
                switch (m.value()) {
                    case String s -> cell.setCellValue(s.length() > 32_767 ? s.substring(0, 32_767) : s);
                    case Double d -> cell.setCellValue(d);
                    case Boolean b -> cell.setCellValue(b);
                    case Formula f -> cell.setCellFormula(f.text());
                    case Blank b when b.wholeRow() -> sheet.removeRow(row);
                    default -> cell.setBlank();
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
