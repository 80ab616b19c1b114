package jp.hoshin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Generated edits of a workbook as people (and attackers) make them: any cell of any sheet set to text (formula-like,
 * control characters, bidirectional overrides, 20,001 characters), numbers (huge, negative, NaN), booleans, formulas,
 * dates, or emptied; rows deleted. For the property-based fuzzing of the Excel imports.
 */
public final class WorkbookMutations {

    private WorkbookMutations() {
    }

    /** One edit: the sheet (index modulo the sheets there are), row, column, and what goes in. */
    public record Mutation(int sheet, int row, int column, Object value) {
    }

    /** A formula put into a cell. */
    public record Formula(String text) {
    }

    /** An emptied cell, or a removed row when {@code wholeRow}. */
    public record Blank(boolean wholeRow) {
    }

    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "=1+2", "-3.5", "１２，３４５", "令和3年度", "○", "×", "TRUE", "2021-04-01", "平成15年7月", "#N/A",
                        "件", "%", "12345678901234567890.5", "9".repeat(40), "kikaku", "132047", "abc\u0000def", "\u202Eevil", "行1\n行2"),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(40),
                Arbitraries.just("あ".repeat(20_001)));
    }

    public static Arbitrary<Object> value() {
        return Arbitraries.oneOf(
                text().map(t -> (Object) t),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -1e308, 1e308, -0.0, 0.5, 1e15).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of("1/0", "A1+1", "NA()", "SUM(A1:A3)", "\"=x\"").map(f -> (Object) new Formula(f)),
                Arbitraries.of(false, true).map(b -> (Object) new Blank(b)));
    }

    public static Arbitrary<List<Mutation>> mutations(int maxRow, int maxColumn) {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, maxRow),
                Arbitraries.integers().between(0, maxColumn), value()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    /** The workbook with the edits applied, saved as Excel saves it. */
    public static byte[] apply(byte[] workbook, List<Mutation> mutations) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
