package jp.hoshin.departmentplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jp.hoshin.customfield.CheckedValues;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * 独自項目 in the plan workbook, beside the fixed format: one column per project field on 「個別事業」 (headed by the
 * field's label, after the fixed columns — the reader of the fixed part ignores columns it does not know), and the plan's
 * fields as rows of their own sheet 「部の独自項目」 (項目 / 内容). A workbook without those columns or that sheet (made
 * before the fields were defined) leaves the stored values as they are.
 */
final class PlanWorkbookExtraFields {

    static final String SHEET = "部の独自項目";

    private PlanWorkbookExtraFields() {}

    /** Adds the fields and their values to a written workbook; the workbook unchanged when no field is defined. */
    static byte[] addTo(
            byte[] workbook,
            List<FieldDefinitionView> planFields,
            List<FieldDefinitionView> projectFields,
            Map<Long, String> planValues,
            Map<Integer, Map<Long, String>> projectValues) {
        if (planFields.isEmpty() && projectFields.isEmpty()) {
            return workbook;
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            if (!projectFields.isEmpty()) {
                Sheet projects = book.getSheet(PlanWorkbookFormat.PROJECTS);
                Row heading = projects.getRow(0);
                int first = heading.getLastCellNum();
                CellStyle headingStyle = heading.getCell(0).getCellStyle();
                CellStyle textStyle = style(projects, 1);
                for (int i = 0; i < projectFields.size(); i++) {
                    Cell cell = heading.createCell(first + i);
                    cell.setCellValue(projectFields.get(i).label());
                    cell.setCellStyle(headingStyle);
                    projects.setColumnWidth(first + i, 20 * 256);
                }
                for (int r = 1; r <= projects.getLastRowNum(); r++) {
                    Row row = projects.getRow(r);
                    Integer number = row == null ? null : number(row.getCell(0));
                    for (int i = 0; i < projectFields.size(); i++) {
                        if (row == null) {
                            continue;
                        }
                        Cell cell = row.createCell(first + i);
                        if (textStyle != null) {
                            cell.setCellStyle(textStyle);
                        }
                        String v = number == null
                                ? null
                                : projectValues
                                        .getOrDefault(number, Map.of())
                                        .get(projectFields.get(i).id());
                        if (v != null) {
                            cell.setCellValue(v);
                        }
                    }
                }
            }
            if (!planFields.isEmpty()) {
                Sheet sheet = book.createSheet(SHEET);
                int meta = book.getSheetIndex(PlanWorkbookFormat.META);
                if (meta >= 0) {
                    book.setSheetOrder(SHEET, meta);
                }
                sheet.setColumnWidth(0, 30 * 256);
                sheet.setColumnWidth(1, 70 * 256);
                Row heading = sheet.createRow(0);
                heading.createCell(0).setCellValue(PlanWorkbookFormat.ITEM);
                heading.createCell(1).setCellValue(PlanWorkbookFormat.CONTENT);
                for (int i = 0; i < planFields.size(); i++) {
                    Row row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue(planFields.get(i).label());
                    String v = planValues.get(planFields.get(i).id());
                    row.createCell(1).setCellValue(v == null ? "" : v);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fields as read from an upload: {@code plan} the typed values of the plan's fields (null when the workbook has
     * no 「部の独自項目」 sheet), {@code projects} by project number (null when 「個別事業」 has no field column).
     */
    record Reading(
            @Nullable Map<Long, String> plan, @Nullable Map<Integer, Map<Long, String>> projects) {}

    /**
     * Reads the fields of an upload whose fixed part was read without problems and checks every value with
     * {@code check} (definitions → typed by id → checked); each refused value is a problem with sheet, row and column.
     */
    static Reading read(
            byte[] workbook,
            List<FieldDefinitionView> planFields,
            List<FieldDefinitionView> projectFields,
            BiFunction<Boolean, Map<Long, String>, CheckedValues> check,
            Problems problems) {
        if (planFields.isEmpty() && projectFields.isEmpty()) {
            return new Reading(null, null);
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Map<Integer, Map<Long, String>> projects = projectFields.isEmpty()
                    ? null
                    : projects(book.getSheet(PlanWorkbookFormat.PROJECTS), projectFields, check, problems);
            Map<Long, String> plan = planFields.isEmpty() || book.getSheet(SHEET) == null
                    ? null
                    : plan(book.getSheet(SHEET), planFields, check, problems);
            return new Reading(plan, projects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Map<Integer, Map<Long, String>> projects(
            @Nullable Sheet sheet,
            List<FieldDefinitionView> fields,
            BiFunction<Boolean, Map<Long, String>, CheckedValues> check,
            Problems problems) {
        if (sheet == null || sheet.getRow(0) == null) {
            return null;
        }
        Map<String, Integer> headings = headings(sheet.getRow(0));
        Map<Long, Integer> columns = new LinkedHashMap<>();
        for (FieldDefinitionView d : fields) {
            Integer c = headings.get(PlanWorkbookFormat.key(d.label()));
            if (c != null) {
                columns.put(d.id(), c);
            }
        }
        Integer numberColumn = headings.get(PlanWorkbookFormat.NUMBER.key());
        if (columns.isEmpty() || numberColumn == null) {
            return null;
        }
        Map<Integer, Map<Long, String>> out = new HashMap<>();
        String where = PlanWorkbookReader.where(sheet.getSheetName());
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            RowReader cells = RowReader.of(problems, where, row, row.getRowNum() + 1, CellValue.Formulas.REFUSE);
            Integer number = jp.hoshin.shared.JapaneseText.parseWholeNumber(cells.text(numberColumn))
                    .map(Long::intValue)
                    .orElse(null);
            if (number == null) {
                continue; // a spare row, or a number the fixed part's reader already refused
            }
            Map<Long, String> typed = new HashMap<>();
            columns.forEach((id, c) -> typed.put(id, cells.text(c)));
            CheckedValues checked = check.apply(false, typed);
            checked.errors().forEach((id, message) -> cells.problem(columns.get(id), message));
            out.put(number, checked.values());
        }
        return out;
    }

    private static Map<Long, String> plan(
            Sheet sheet,
            List<FieldDefinitionView> fields,
            BiFunction<Boolean, Map<Long, String>, CheckedValues> check,
            Problems problems) {
        String where = PlanWorkbookReader.where(sheet.getSheetName());
        Map<String, FieldDefinitionView> byKey = new HashMap<>();
        fields.forEach(d -> byKey.put(PlanWorkbookFormat.key(d.label()), d));
        Map<Long, String> typed = new HashMap<>();
        Map<Long, RowReader> rows = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            RowReader cells = RowReader.of(problems, where, row, row.getRowNum() + 1, CellValue.Formulas.REFUSE);
            String item = cells.text(0);
            if (item.isBlank() && cells.isEmpty(1)) {
                continue;
            }
            FieldDefinitionView d = byKey.get(PlanWorkbookFormat.key(item));
            if (d == null) {
                cells.problem(
                        0,
                        jp.hoshin.shared.Messages.get(
                                "plan.extraFields.workbookUnknown",
                                item,
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
        CheckedValues checked = check.apply(true, typed);
        checked.errors().forEach((id, message) -> {
            RowReader at = rows.get(id);
            if (at != null) {
                at.problem(1, message);
            } else {
                problems.add(where, 0, null, message);
            }
        });
        return checked.values();
    }

    private static Map<String, Integer> headings(Row heading) {
        Map<String, Integer> out = new HashMap<>();
        for (Cell cell : heading) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                out.putIfAbsent(PlanWorkbookFormat.key(cell.getStringCellValue()), cell.getColumnIndex());
            }
        }
        return out;
    }

    private static @Nullable Integer number(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> (int) cell.getNumericCellValue();
            case STRING ->
                jp.hoshin.shared.JapaneseText.parseWholeNumber(cell.getStringCellValue())
                        .map(Long::intValue)
                        .orElse(null);
            default -> null;
        };
    }

    private static @Nullable CellStyle style(Sheet sheet, int column) {
        Row row = sheet.getRow(1);
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? null : cell.getCellStyle();
    }
}
