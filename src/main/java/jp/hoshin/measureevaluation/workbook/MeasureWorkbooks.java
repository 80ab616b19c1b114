package jp.hoshin.measureevaluation.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.measureevaluation.FirstAssessment;
import jp.hoshin.measureevaluation.MeasureEvaluationReview;
import jp.hoshin.measureevaluation.MeasureEvaluationStage;
import jp.hoshin.measureevaluation.MeasureEvaluationView;
import jp.hoshin.measureevaluation.MeasureEvaluations;
import jp.hoshin.measureevaluation.MeasureScales;
import jp.hoshin.measureevaluation.MeasureSheet;
import jp.hoshin.measureevaluation.SecondReview;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import jp.hoshin.shared.exchange.Spreadsheets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 施策評価シートの Excel: one worksheet per measure (what is entered in column B of the rows named in column A, what is
 * read from the data below for reference) and a hidden worksheet {@code _hoshin} naming the municipality, year, each
 * worksheet's measure and the version it was made from. Taking a workbook back reads and checks every worksheet first
 * and reports every problem with worksheet, row and column; only a workbook without problems is written, all in one
 * transaction, and only what changed (a stale, frozen or foreign sheet with changes is a problem of its worksheet).
 */
@Service
public class MeasureWorkbooks {

    static final String META = "_hoshin";
    static final String FORMAT = "hoshin-measure-evaluation-1";
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Rows of the entered values (0-based), column B holds the value. */
    static final int ROW_PROGRESS = 4;

    static final int ROW_RESULTS = 5;
    static final int ROW_DIRECTION = 6;
    static final int ROW_RATING = 8;
    static final int ROW_COMMENT = 9;
    static final int ROW_IMPORTANCE = 10;
    static final int ROW_SATISFACTION = 11;
    static final int ROW_REFERENCE = 13;

    private final MeasureEvaluations evaluations;
    private final MeasureEvaluationReview review;
    private final FiscalYears fiscalYears;

    MeasureWorkbooks(MeasureEvaluations evaluations, MeasureEvaluationReview review, FiscalYears fiscalYears) {
        this.evaluations = evaluations;
        this.review = review;
        this.fiscalYears = fiscalYears;
    }

    /** Who may write which part of a sheet: the department's 一次評価, the planning section's 二次評価. */
    public interface Permissions {
        boolean first(MeasureSheet sheet);

        boolean second(MeasureSheet sheet);
    }

    /** The outcome of an upload: problems (then nothing was saved), or how many sheets changed. */
    public record Outcome(List<ExchangeProblem> problems, int changed) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public byte[] export(String municipalityCode, int year) {
        List<MeasureSheet> sheets = evaluations.sheets(municipalityCode, year);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet meta = wb.createSheet(META);
            set(meta, 0, 0, "format");
            set(meta, 0, 1, FORMAT);
            set(meta, 1, 0, "municipality");
            set(meta, 1, 1, municipalityCode);
            set(meta, 2, 0, "year");
            set(meta, 2, 1, Integer.toString(year));
            Set<String> names = new HashSet<>();
            int metaRow = 3;
            for (MeasureSheet s : sheets) {
                String name = uniqueName(s.key(), names);
                Sheet sheet = wb.createSheet(name);
                write(sheet, s, wrap);
                set(meta, metaRow, 0, name);
                set(meta, metaRow, 1, s.measure().planKey());
                set(meta, metaRow, 2, s.key());
                set(meta, metaRow, 3, Long.toString(s.evaluation().version()));
                metaRow++;
            }
            wb.setSheetHidden(wb.getSheetIndex(META), true);
            if (wb.getNumberOfSheets() > 1) {
                wb.setActiveSheet(1);
                wb.setFirstVisibleTab(1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, MeasureSheet s, CellStyle wrap) {
        MeasureEvaluationView e = s.evaluation();
        set(sheet, 0, 0, Messages.get("measureEvaluation.place.measure"));
        set(sheet, 0, 1, s.title());
        set(sheet, 1, 0, Messages.get("measureEvaluation.place.plan"));
        set(sheet, 1, 1, s.measure().planName());
        set(sheet, 2, 0, Messages.get("measureEvaluation.staff.stage"));
        set(sheet, 2, 1, e.started() ? e.stage().label() : Messages.get("measureEvaluation.staff.notStarted"));
        set(sheet, 3, 0, Messages.get("measureEvaluation.section.first"));
        set(sheet, ROW_PROGRESS, 0, Messages.get("measureEvaluation.field.progress"));
        set(sheet, ROW_PROGRESS, 1, e.first().progress());
        set(sheet, ROW_RESULTS, 0, Messages.get("measureEvaluation.field.resultsAndIssues"));
        set(sheet, ROW_RESULTS, 1, e.first().resultsAndIssues()).setCellStyle(wrap);
        set(sheet, ROW_DIRECTION, 0, Messages.get("measureEvaluation.field.direction"));
        set(sheet, ROW_DIRECTION, 1, e.first().direction());
        set(sheet, 7, 0, Messages.get("measureEvaluation.section.second"));
        set(sheet, ROW_RATING, 0, Messages.get("measureEvaluation.field.rating"));
        set(sheet, ROW_RATING, 1, e.second().rating());
        set(sheet, ROW_COMMENT, 0, Messages.get("measureEvaluation.field.secondComment"));
        set(sheet, ROW_COMMENT, 1, e.second().comment()).setCellStyle(wrap);
        set(sheet, ROW_IMPORTANCE, 0, Messages.get("measureEvaluation.field.importance"));
        set(sheet, ROW_IMPORTANCE, 1, plain(e.second().surveyImportance()));
        set(sheet, ROW_SATISFACTION, 0, Messages.get("measureEvaluation.field.satisfaction"));
        set(sheet, ROW_SATISFACTION, 1, plain(e.second().surveySatisfaction()));
        int r = ROW_REFERENCE;
        set(sheet, r++, 0, Messages.get("measureEvaluation.workbook.reference"));
        for (MeasureSheet.IndicatorLine i : s.indicators()) {
            set(sheet, r, 0, i.name());
            set(sheet, r, 1, String.join(" / ", i.values()) + " → " + i.target() + "（" + i.judgement() + "）");
            r++;
        }
        for (MeasureSheet.EvaluationLine l : s.evaluations()) {
            set(sheet, r, 0, "No." + l.number() + " " + l.name());
            set(sheet, r, 1, l.direction());
            r++;
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 80 * 256);
    }

    /**
     * Takes a filled-in workbook back: every worksheet is read and checked first; only when nothing is wrong are the
     * changed sheets written, in one transaction.
     */
    @Transactional
    public Outcome importWorkbook(String municipalityCode, int year, byte[] content, Permissions may, String by) {
        if (content.length > MAX_BYTES) {
            return refused(Messages.get("exchange.tooLarge", 10));
        }
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        if (!fy.open()) {
            return refused(Messages.get(
                    "measureEvaluation.workbook.yearClosed", fy.year().label()));
        }
        Problems problems = new Problems();
        Optional<Workbook> opened =
                Spreadsheets.open(content, problems, Messages.get("measureEvaluation.workbook.unreadable"));
        if (opened.isEmpty()) {
            return new Outcome(problems.list(), 0);
        }
        MeasureScales scales = evaluations.scales(municipalityCode);
        Map<String, MeasureSheet> stored = new LinkedHashMap<>();
        evaluations
                .sheets(municipalityCode, year)
                .forEach(s -> stored.put(s.measure().planKey() + "/" + s.key(), s));
        List<Change> changes = new ArrayList<>();
        try (Workbook wb = opened.get()) {
            Sheet meta = wb.getSheet(META);
            DataFormatter fmt = new DataFormatter();
            if (meta == null || !FORMAT.equals(text(fmt, meta, 0, 1))) {
                return refused(Messages.get("measureEvaluation.workbook.notOurs"));
            }
            if (!municipalityCode.equals(text(fmt, meta, 1, 1))
                    || !String.valueOf(year).equals(text(fmt, meta, 2, 1))) {
                return refused(Messages.get("measureEvaluation.workbook.elsewhere"));
            }
            for (int r = 3; r <= meta.getLastRowNum(); r++) {
                String name = text(fmt, meta, r, 0);
                if (name.isEmpty()) {
                    continue;
                }
                String where = Messages.get("exchange.where.sheet", name);
                String versionText = text(fmt, meta, r, 3);
                Optional<Long> version = "-1".equals(versionText)
                        ? Optional.of(MeasureEvaluationView.NOT_STARTED)
                        : JapaneseText.parseWholeNumber(versionText);
                MeasureSheet current = stored.get(text(fmt, meta, r, 1) + "/" + text(fmt, meta, r, 2));
                Sheet sheet = wb.getSheet(name);
                if (version.isEmpty()) {
                    return refused(Messages.get("measureEvaluation.workbook.metaBroken"));
                }
                if (sheet == null || current == null) {
                    problems.add(
                            ExchangeProblem.ofSheet(where, Messages.get("measureEvaluation.workbook.sheetMissing")));
                    continue;
                }
                read(sheet, where, current, version.get(), scales, may, problems)
                        .ifPresent(changes::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems.list(), 0);
        }
        try {
            for (Change c : changes) {
                MeasureEvaluationView v = c.sheet().evaluation();
                long version = v.version();
                if (c.first() != null) {
                    version = evaluations
                            .recordFirstAssessment(v.reference(), version, c.first())
                            .version();
                }
                if (c.second() != null) {
                    review.recordSecondReview(v.reference(), version, c.second(), by);
                }
            }
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
        return new Outcome(List.of(), changes.size());
    }

    /** A write that failed after the checks: the transaction rolls back and the caller reports the reason. */
    public static final class Refused extends RuntimeException {
        Refused(@Nullable String message) {
            super(message);
        }
    }

    private record Change(
            MeasureSheet sheet,
            @Nullable FirstAssessment first,
            @Nullable SecondReview second) {}

    private static Optional<Change> read(
            Sheet sheet,
            String where,
            MeasureSheet current,
            long version,
            MeasureScales scales,
            Permissions may,
            Problems problems) {
        int before = problems.count();
        MeasureEvaluationView e = current.evaluation();
        String progress = choice(
                sheet, where, ROW_PROGRESS, scales.progressLevels(), e.first().progress(), problems);
        String results = text(sheet, where, ROW_RESULTS, "measureEvaluation.field.resultsAndIssues", problems);
        String direction = choice(
                sheet, where, ROW_DIRECTION, scales.directions(), e.first().direction(), problems);
        String rating = choice(
                sheet, where, ROW_RATING, scales.progressLevels(), e.second().rating(), problems);
        String comment = text(sheet, where, ROW_COMMENT, "measureEvaluation.field.secondComment", problems);
        BigDecimal importance = survey(sheet, where, ROW_IMPORTANCE, "importance", problems);
        BigDecimal satisfaction = survey(sheet, where, ROW_SATISFACTION, "satisfaction", problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        FirstAssessment first = new FirstAssessment(progress, results, direction);
        SecondReview second = new SecondReview(rating, comment, importance, satisfaction);
        boolean firstChanged = !first.equals(e.first());
        boolean secondChanged = !sameSecond(second, e.second());
        if (!firstChanged && !secondChanged) {
            return Optional.empty();
        }
        if (version != e.version()) {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("measureEvaluation.workbook.stale")));
            return Optional.empty();
        }
        if (firstChanged) {
            if (e.stage() != MeasureEvaluationStage.FIRST) {
                problems.add(new ExchangeProblem(
                        where,
                        ROW_PROGRESS + 1,
                        "B",
                        null,
                        Messages.get(
                                "measureEvaluation.workbook.firstClosed",
                                e.stage().label())));
            } else if (!may.first(current)) {
                problems.add(ExchangeProblem.ofSheet(where, Messages.get("measureEvaluation.access.owner")));
            }
        }
        if (secondChanged) {
            if (e.stage() != MeasureEvaluationStage.SECOND) {
                problems.add(new ExchangeProblem(
                        where,
                        ROW_RATING + 1,
                        "B",
                        null,
                        Messages.get(
                                "measureEvaluation.workbook.secondClosed",
                                e.stage().label())));
            } else if (!may.second(current)) {
                problems.add(
                        ExchangeProblem.ofSheet(where, Messages.get("measureEvaluation.workbook.secondForbidden")));
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Change(current, firstChanged ? first : null, secondChanged ? second : null));
    }

    private static boolean sameSecond(SecondReview a, SecondReview b) {
        return Objects.equals(a.rating(), b.rating())
                && Objects.equals(a.comment(), b.comment())
                && sameNumber(a.surveyImportance(), b.surveyImportance())
                && sameNumber(a.surveySatisfaction(), b.surveySatisfaction());
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static RowReader row(Sheet sheet, String where, int row, Problems problems) {
        return RowReader.of(problems, where, sheet.getRow(row), row + 1, CellValue.Formulas.CACHED_RESULT);
    }

    private static @Nullable String choice(
            Sheet sheet, String where, int row, List<String> list, @Nullable String held, Problems problems) {
        RowReader reader = row(sheet, where, row, problems);
        String typed = JapaneseText.text(reader.text(1));
        if (typed.isEmpty()) {
            return null;
        }
        // full-width and half-width alike: Ｂ is B
        String value = list.stream()
                .filter(l -> JapaneseText.fold(l).equals(JapaneseText.fold(typed)))
                .findFirst()
                .orElse(typed);
        if (!list.contains(value) && !value.equals(held)) {
            reader.problem(1, Messages.get("measureEvaluation.label.notInList", value, String.join(" / ", list)));
            return null;
        }
        return value;
    }

    private static @Nullable String text(Sheet sheet, String where, int row, String labelKey, Problems problems) {
        RowReader reader = row(sheet, where, row, problems);
        String value = reader.text(1);
        if (value.isEmpty()) {
            return null;
        }
        String problem = InputText.problem(Messages.get(labelKey), value, FirstAssessment.MAX_TEXT);
        if (problem != null) {
            reader.problem(1, problem);
            return null;
        }
        return value;
    }

    private static @Nullable BigDecimal survey(Sheet sheet, String where, int row, String field, Problems problems) {
        RowReader reader = row(sheet, where, row, problems);
        if (reader.isEmpty(1)) {
            return null;
        }
        Optional<BigDecimal> n = JapaneseText.parseNumber(reader.text(1));
        if (n.isEmpty()
                || n.get().signum() < 0
                || n.get().compareTo(BigDecimal.valueOf(100)) > 0
                || n.get().scale() > 2) {
            reader.problem(
                    1,
                    Messages.get(
                            "measureEvaluation.form.survey",
                            "importance".equals(field)
                                    ? Messages.get("measureEvaluation.field.importance")
                                    : Messages.get("measureEvaluation.field.satisfaction")));
            return null;
        }
        return n.get();
    }

    private static String uniqueName(String key, Set<String> names) {
        String base = WorkbookUtil.createSafeSheetName(key);
        String name = base;
        for (int i = 2; !names.add(name); i++) {
            name = WorkbookUtil.createSafeSheetName(base + "_" + i);
        }
        return name;
    }

    private static org.apache.poi.ss.usermodel.Cell set(Sheet sheet, int row, int col, @Nullable String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static @Nullable String plain(@Nullable BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private static Outcome refused(@Nullable String message) {
        return new Outcome(List.of(ExchangeProblem.ofFile(message == null ? "" : message)), 0);
    }

    private static String text(DataFormatter fmt, Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(col) == null
                ? ""
                : fmt.formatCellValue(r.getCell(col)).strip();
    }
}
