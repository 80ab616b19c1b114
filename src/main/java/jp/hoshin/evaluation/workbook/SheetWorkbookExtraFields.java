package jp.hoshin.evaluation.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.hoshin.customfield.CheckedValues;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * 独自項目 in the evaluation workbook, beside the fixed layout: below everything else on each sheet's worksheet a row
 * 「独自項目」, then one row per field (label in column A, value in column B). The reader of the fixed layout never looks
 * there; a worksheet without that row (a workbook made before the fields were defined) leaves the stored values.
 */
final class SheetWorkbookExtraFields {

    static final String HEADING = "独自項目";

    private SheetWorkbookExtraFields() {}

    /** Worksheet name → sheet number, from the hidden sheet (rows from 4: name, number, version). */
    static Map<String, Integer> worksheets(Workbook book) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Sheet meta = book.getSheet(SheetWorkbookFormat.META);
        if (meta == null) {
            return out;
        }
        for (int r = 3; r <= meta.getLastRowNum(); r++) {
            Row row = meta.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(1) == null) {
                continue;
            }
            String name = row.getCell(0).toString().strip();
            Cell n = row.getCell(1);
            Integer number = n.getCellType() == CellType.NUMERIC
                    ? Integer.valueOf((int) n.getNumericCellValue())
                    : JapaneseText.parseWholeNumber(n.toString())
                            .map(Long::intValue)
                            .orElse(null);
            if (!name.isEmpty() && number != null) {
                out.put(name, number);
            }
        }
        return out;
    }

    /** Adds the fields with each sheet's values (by sheet number); the workbook unchanged when none is defined. */
    static byte[] addTo(byte[] workbook, List<FieldDefinitionView> fields, Map<Integer, Map<Long, String>> values) {
        if (fields.isEmpty()) {
            return workbook;
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            worksheets(book).forEach((name, number) -> {
                Sheet sheet = book.getSheet(name);
                if (sheet == null) {
                    return;
                }
                int r = sheet.getLastRowNum() + 2;
                sheet.createRow(r++).createCell(0).setCellValue(HEADING);
                Map<Long, String> own = values.getOrDefault(number, Map.of());
                for (FieldDefinitionView d : fields) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(d.label());
                    String v = own.get(d.id());
                    row.createCell(1).setCellValue(v == null ? "" : v);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checked values of each worksheet that has the 「独自項目」 rows (by sheet number); a wrong value or an unknown
     * label is a problem with worksheet, row and column.
     */
    static Map<Integer, Map<Long, String>> read(
            Workbook book,
            List<FieldDefinitionView> fields,
            Function<Map<Long, String>, CheckedValues> check,
            Problems problems) {
        Map<Integer, Map<Long, String>> out = new HashMap<>();
        if (fields.isEmpty()) {
            return out;
        }
        Map<String, FieldDefinitionView> byKey = new HashMap<>();
        fields.forEach(d -> byKey.put(key(d.label()), d));
        worksheets(book).forEach((name, number) -> {
            Sheet sheet = book.getSheet(name);
            Integer start = sheet == null ? null : headingRow(sheet);
            if (start == null) {
                return;
            }
            String where = SheetWorkbookReader.where(name);
            Map<Long, String> typed = new HashMap<>();
            Map<Long, RowReader> rows = new HashMap<>();
            for (int r = start + 1; r <= sheet.getLastRowNum(); r++) {
                RowReader cells = RowReader.of(problems, where, sheet.getRow(r), r + 1, CellValue.Formulas.REFUSE);
                String label = cells.text(0);
                if (label.isBlank()) {
                    if (cells.isEmpty(1)) {
                        continue;
                    }
                    cells.problem(0, jp.hoshin.shared.Messages.get("evaluation.extraFields.workbookLabel"));
                    continue;
                }
                FieldDefinitionView d = byKey.get(key(label));
                if (d == null) {
                    cells.problem(
                            0,
                            jp.hoshin.shared.Messages.get(
                                    "plan.extraFields.workbookUnknown",
                                    label,
                                    String.join(
                                            "、",
                                            fields.stream()
                                                    .map(FieldDefinitionView::label)
                                                    .toList())));
                    continue;
                }
                typed.put(d.id(), cells.text(1));
                rows.put(d.id(), cells);
            }
            CheckedValues checked = check.apply(typed);
            checked.errors().forEach((id, message) -> {
                RowReader at = rows.get(id);
                if (at != null) {
                    at.problem(1, message);
                } else {
                    problems.add(where, start + 1, "A", message);
                }
            });
            out.put(number, checked.values());
        });
        return out;
    }

    private static @Nullable Integer headingRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && HEADING.equals(cell.getStringCellValue().strip())) {
                return row.getRowNum();
            }
        }
        return null;
    }

    private static String key(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
