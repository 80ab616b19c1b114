package jp.hoshin.evaluation.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.Spreadsheets;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static jp.hoshin.evaluation.workbook.SheetWorkbookFormat.*;

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

    private final jp.hoshin.evaluation.SheetExtraFields extraFields;
    private final jp.hoshin.customfield.CustomFields customFields;

    SheetWorkbooks(
            Evaluations evaluations,
            FiscalYears fiscalYears,
            jp.hoshin.evaluation.SheetExtraFields extraFields,
            jp.hoshin.customfield.CustomFields customFields) {
        this.extraFields = extraFields;
        this.customFields = customFields;
        this.evaluations = evaluations;
        this.fiscalYears = fiscalYears;
    }

    /** The outcome of an upload: problems (then nothing was saved), or the numbers of the sheets that changed. */
    public record Outcome(List<ExchangeProblem> problems, List<Integer> changed) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public byte[] export(String municipalityCode, int year, Predicate<EvaluationSheetView> include) {
        List<EvaluationSheetView> sheets = evaluations.sheets(municipalityCode, year).stream()
                .filter(include)
                .toList();
        byte[] workbook = SheetWorkbookWriter.write(municipalityCode, year, sheets);
        // 独自項目: rows below each worksheet's fixed layout (none defined: the workbook as before)
        List<jp.hoshin.customfield.FieldDefinitionView> fields =
                customFields.definitions(municipalityCode, jp.hoshin.customfield.FieldTarget.EVALUATION_SHEET);
        if (fields.isEmpty()) {
            return workbook;
        }
        Map<Long, Map<Long, String>> byId = extraFields.values(sheets);
        Map<Integer, Map<Long, String>> byNumber = new java.util.HashMap<>();
        sheets.forEach(s -> byNumber.put(s.number(), byId.getOrDefault(s.id(), Map.of())));
        return SheetWorkbookExtraFields.addTo(workbook, fields, byNumber);
    }

    public Outcome importWorkbook(
            String municipalityCode, int year, byte[] content, Predicate<EvaluationSheetView> mayEdit) {
        if (content.length > MAX_BYTES) {
            return refused(Messages.get("exchange.tooLarge", 10));
        }
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        if (!fy.open()) {
            return refused(
                    Messages.get("evaluation.import.yearClosed", fy.year().label()));
        }
        Problems problems = new Problems();
        Optional<Workbook> opened = Spreadsheets.open(content, problems, Messages.get("evaluation.import.unreadable"));
        if (opened.isEmpty()) {
            return new Outcome(problems.list(), List.of());
        }
        Map<Integer, Map.Entry<Long, SheetContent>> parsed = new LinkedHashMap<>();
        Map<Integer, Map<Long, String>> extras = Map.of();
        try (Workbook wb = opened.get()) {
            Sheet meta = wb.getSheet(META);
            DataFormatter fmt = new DataFormatter();
            if (meta == null || !FORMAT.equals(text(fmt, meta, 0, 1))) {
                return refused(Messages.get("evaluation.import.notOurs"));
            }
            if (!municipalityCode.equals(text(fmt, meta, 1, 1))
                    || !String.valueOf(year).equals(text(fmt, meta, 2, 1))) {
                return refused(Messages.get("evaluation.import.elsewhere", text(fmt, meta, 2, 1)));
            }
            Map<Integer, EvaluationSheetView> stored = evaluations.byNumber(municipalityCode, year);
            for (int r = 3; r <= meta.getLastRowNum(); r++) {
                String name = text(fmt, meta, r, 0);
                if (name.isEmpty()) {
                    continue;
                }
                Optional<Long> number = JapaneseText.parseWholeNumber(text(fmt, meta, r, 1));
                Optional<Long> version = JapaneseText.parseWholeNumber(text(fmt, meta, r, 2));
                if (number.isEmpty() || version.isEmpty()) {
                    return refused(Messages.get("evaluation.import.metaBroken"));
                }
                readSheet(
                                wb.getSheet(name),
                                name,
                                stored.get(number.get().intValue()),
                                number.get().intValue(),
                                version.get(),
                                mayEdit,
                                problems)
                        .ifPresent(c -> parsed.put(number.get().intValue(), Map.entry(version.get(), c)));
            }
            if (problems.isEmpty()) {
                extras = extraFieldsOf(wb, municipalityCode, year, mayEdit, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook read from memory
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems.list(), List.of());
        }
        try {
            return new Outcome(List.of(), extraFields.writeAll(municipalityCode, year, parsed, extras));
        } catch (BusinessRuleException | ConcurrentEditException e) {
            return refused(e.getMessage());
        }
    }

    /** One worksheet's content when it may be written (unchanged content is always fine); empty with its problems otherwise. */
    private static Optional<SheetContent> readSheet(
            @Nullable Sheet sheet,
            String name,
            @Nullable EvaluationSheetView current,
            int number,
            long version,
            Predicate<EvaluationSheetView> mayEdit,
            Problems problems) {
        String where = SheetWorkbookReader.where(name);
        if (sheet == null) {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("evaluation.import.sheetMissing")));
            return Optional.empty();
        }
        if (current == null) {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("evaluation.import.sheetDeleted", number)));
            return Optional.empty();
        }
        SheetContent c = new SheetWorkbookReader(sheet, current.years(), current.headings(), problems).read();
        if (c == null) {
            return Optional.empty();
        }
        if (current.version() != version) {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("evaluation.import.stale")));
            return Optional.empty();
        }
        if (!c.equals(current.content())) {
            if (current.frozen()) {
                problems.add(ExchangeProblem.ofSheet(
                        where,
                        Messages.get("evaluation.import.frozen", current.stage().label())));
                return Optional.empty();
            }
            if (!mayEdit.test(current)) {
                problems.add(ExchangeProblem.ofSheet(where, Messages.get("evaluation.import.forbiddenSheet")));
                return Optional.empty();
            }
        }
        return Optional.of(c);
    }

    /**
     * 独自項目 of the worksheets that carry them, checked; a changed value of a sheet that may not be written is a
     * problem of that worksheet, as for its other fields.
     */
    private Map<Integer, Map<Long, String>> extraFieldsOf(
            Workbook wb, String municipalityCode, int year, Predicate<EvaluationSheetView> mayEdit, Problems problems) {
        List<jp.hoshin.customfield.FieldDefinitionView> fields =
                customFields.definitions(municipalityCode, jp.hoshin.customfield.FieldTarget.EVALUATION_SHEET);
        if (fields.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Map<Long, String>> read = SheetWorkbookExtraFields.read(
                wb,
                fields,
                typed ->
                        customFields.check(municipalityCode, jp.hoshin.customfield.FieldTarget.EVALUATION_SHEET, typed),
                problems);
        Map<Integer, EvaluationSheetView> stored = evaluations.byNumber(municipalityCode, year);
        Map<Long, Map<Long, String>> current = extraFields.values(stored.values());
        Map<String, Integer> names = SheetWorkbookExtraFields.worksheets(wb);
        Map<Integer, Map<Long, String>> changed = new LinkedHashMap<>();
        read.forEach((number, values) -> {
            EvaluationSheetView sheet = stored.get(number);
            if (sheet == null || values.equals(current.getOrDefault(sheet.id(), Map.of()))) {
                return;
            }
            String where = SheetWorkbookReader.where(names.entrySet().stream()
                    .filter(e -> e.getValue().equals(number))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(String.valueOf(number)));
            if (sheet.frozen()) {
                problems.add(ExchangeProblem.ofSheet(
                        where,
                        Messages.get("evaluation.import.frozen", sheet.stage().label())));
            } else if (!mayEdit.test(sheet)) {
                problems.add(ExchangeProblem.ofSheet(where, Messages.get("evaluation.import.forbiddenSheet")));
            } else {
                changed.put(number, values);
            }
        });
        return changed;
    }

    private static Outcome refused(String message) {
        return new Outcome(List.of(ExchangeProblem.ofFile(message)), List.of());
    }

    private static String text(DataFormatter fmt, Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(col) == null
                ? ""
                : fmt.formatCellValue(r.getCell(col)).strip();
    }
}
