package jp.hoshin.departmentplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.ProjectDraft;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.CellValue;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Problems;
import jp.hoshin.shared.exchange.RowReader;
import jp.hoshin.shared.exchange.Spreadsheets;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

import static jp.hoshin.departmentplan.workbook.PlanWorkbookFormat.*;

/**
 * Reads a plan workbook back, checking all of it before anything is used: every problem is collected
 * with its sheet, row and column and a Japanese message saying what to do. Accepts what people type
 * in Excel: full-width digits and separators, 和暦 and western dates, date cells, percent cells,
 * numbers typed as text. Formula cells are refused (their value is not what was typed).
 */
final class PlanWorkbookReader {

    /** The outcome: the data when there is no problem; the identity whenever the hidden sheet could be read. */
    record Reading(
            @Nullable WorkbookIdentity identity, @Nullable PlanWorkbookData data, List<ExchangeProblem> problems) {}

    private static final List<String> NOT_MAIN_MARKS = List.of("FALSE", "0", "×", "✕", "いいえ");

    private final Problems problems = new Problems();

    /** One reader reads one workbook. */
    Reading read(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            return refused(Messages.get("departmentplan.import.oldOrProtected"));
        }
        if (magic != FileMagic.OOXML) {
            return refused(Messages.get("departmentplan.import.notXlsx"));
        }
        Optional<Workbook> opened =
                Spreadsheets.open(bytes, problems, Messages.get("departmentplan.import.unreadable"));
        if (opened.isEmpty()) {
            return new Reading(null, null, problems.list());
        }
        try (Workbook workbook = opened.get()) {
            return read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook read from memory
        }
    }

    private Reading refused(String message) {
        problems.ofFile(message);
        return new Reading(null, null, problems.list());
    }

    private Reading read(Workbook workbook) {
        WorkbookIdentity identity = identity(workbook.getSheet(META));
        if (identity == null) {
            return new Reading(null, null, problems.list());
        }
        Sheet policy = required(workbook, POLICY);
        Sheet roles = required(workbook, ROLES);
        Sheet projects = required(workbook, PROJECTS);
        Sheet targets = required(workbook, TARGETS);
        Map<Integer, Project> byNumber = new LinkedHashMap<>();
        PolicyPart part1 = policy == null ? null : policy(policy);
        List<SectionRole> sectionRoles = roles == null ? List.of() : roles(roles);
        boolean projectsRead = projects != null && projects(projects, byNumber);
        if (targets != null) {
            targets(targets, byNumber, projectsRead);
        }
        if (!problems.isEmpty() || part1 == null) {
            return new Reading(identity, null, problems.list());
        }
        PlanContent content = new PlanContent(
                part1.headline, joined(part1.mission), sectionRoles, part1.staff, part1.budget, joined(part1.policies));
        List<ProjectDraft> drafts = byNumber.entrySet().stream()
                .map(e -> new ProjectDraft(
                        e.getKey(),
                        new ProjectContent(
                                e.getValue().title,
                                e.getValue().lead,
                                e.getValue().description,
                                e.getValue().main,
                                e.getValue().targets,
                                null)))
                .toList();
        return new Reading(identity, new PlanWorkbookData(identity, content, drafts), List.of());
    }

    // ---- the hidden sheet ------------------------------------------------------------------

    private @Nullable WorkbookIdentity identity(@Nullable Sheet meta) {
        String notOurs = Messages.get("departmentplan.import.notOurs");
        if (meta == null) {
            problems.ofFile((notOurs));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (Row row : meta) {
            Cell key = row.getCell(0);
            Cell value = row.getCell(1);
            if (key != null && value != null) {
                values.put(plain(key), plain(value));
            }
        }
        if (!FORMAT.equals(values.get(META_FORMAT))) {
            problems.ofFile(
                    (values.containsKey(META_FORMAT)
                            ? Messages.get("departmentplan.import.otherFormat", values.get(META_FORMAT))
                            : notOurs));
            return null;
        }
        try {
            String version = values.getOrDefault(META_VERSION, "");
            return new WorkbookIdentity(
                    required(values, META_MUNICIPALITY),
                    Integer.parseInt(required(values, META_YEAR)),
                    required(values, META_DEPARTMENT),
                    version.isBlank() ? null : Long.valueOf(version));
        } catch (IllegalArgumentException e) {
            problems.ofFile(Messages.get("departmentplan.import.metaBroken"));
            return null;
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key);
        }
        return value;
    }

    private static String plain(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            default -> "";
        };
    }

    private @Nullable Sheet required(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(
                    ExchangeProblem.ofSheet(where(name), Messages.get("departmentplan.import.sheetMissing", name)));
        }
        return sheet;
    }

    // ---- 部の方針 ------------------------------------------------------------------------------

    private static final class PolicyPart {
        @Nullable
        String headline;

        final List<String> mission = new ArrayList<>();

        @Nullable
        Integer staff;

        @Nullable
        Long budget;

        final List<String> policies = new ArrayList<>();
    }

    private @Nullable PolicyPart policy(Sheet sheet) {
        Map<String, Integer> columns = columns(sheet, List.of(new Column(ITEM, 0, true), new Column(CONTENT, 0, true)));
        if (columns == null) {
            return null;
        }
        int itemColumn = columns.get(ITEM);
        int contentColumn = columns.get(CONTENT);
        PolicyPart part = new PolicyPart();
        Map<String, Integer> seenOnRow = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            RowReader cells = cells(sheet, row);
            if (cells.isEmpty(contentColumn)) {
                continue;
            }
            if (cells.value(itemColumn) instanceof CellValue.Refused) {
                continue;
            }
            String item = text(cells, itemColumn, ITEM, Integer.MAX_VALUE);
            if (item == null) {
                cells.problem(itemColumn, Messages.get("departmentplan.import.itemBlank", String.join("、", ITEMS)));
                continue;
            }
            String matched = ITEMS.stream()
                    .filter(i -> key(i).equals(key(item)))
                    .findFirst()
                    .orElse(null);
            if (matched == null) {
                cells.problem(
                        itemColumn, Messages.get("departmentplan.import.itemUnknown", item, String.join("、", ITEMS)));
                continue;
            }
            if ((matched.equals(MISSION_HEADLINE) || matched.equals(STAFF) || matched.equals(BUDGET))
                    && seenOnRow.containsKey(matched)) {
                cells.problem(
                        itemColumn, Messages.get("departmentplan.import.itemTwice", matched, seenOnRow.get(matched)));
                continue;
            }
            seenOnRow.putIfAbsent(matched, row.getRowNum() + 1);
            switch (matched) {
                case MISSION_HEADLINE -> part.headline = text(cells, contentColumn, MISSION_HEADLINE, MAX_HEADLINE);
                case STAFF ->
                    part.staff = cells.wholeNumber(contentColumn, STAFF, 0, Integer.MAX_VALUE)
                            .map(Long::intValue)
                            .orElse(null);
                case BUDGET ->
                    part.budget = cells.wholeNumber(contentColumn, BUDGET, 0, Long.MAX_VALUE)
                            .orElse(null);
                case MISSION -> lines(text(cells, contentColumn, MISSION, Integer.MAX_VALUE), part.mission);
                default -> lines(text(cells, contentColumn, POLICIES, Integer.MAX_VALUE), part.policies);
            }
        }
        return part;
    }

    private static void lines(@Nullable String text, List<String> into) {
        if (text != null) {
            text.lines().map(JapaneseText::text).filter(l -> !l.isEmpty()).forEach(into::add);
        }
    }

    private static @Nullable String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    // ---- 各課の役割 ----------------------------------------------------------------------------

    private List<SectionRole> roles(Sheet sheet) {
        Map<String, Integer> columns = columns(sheet, ROLE_COLUMNS);
        List<SectionRole> roles = new ArrayList<>();
        if (columns == null) {
            return roles;
        }
        for (RowReader cells : rows(sheet, columns)) {
            String section = required(cells, columns.get(SECTION.key()), "課", MAX_LEAD_SECTION);
            String role = required(cells, columns.get(ROLE.key()), "役割", Integer.MAX_VALUE);
            if (section != null && role != null) {
                roles.add(new SectionRole(section, role));
            }
        }
        return roles;
    }

    // ---- 個別事業 ------------------------------------------------------------------------------

    private static final class Project {
        final int row;

        @Nullable
        String title;

        @Nullable
        String lead;

        @Nullable
        String description;

        boolean main;
        final List<TargetIndicator> targets = new ArrayList<>();

        Project(int row) {
            this.row = row;
        }
    }

    /** Reads the projects by number; false when the sheet's columns could not be found. */
    private boolean projects(Sheet sheet, Map<Integer, Project> byNumber) {
        Map<String, Integer> columns = columns(sheet, PROJECT_COLUMNS);
        if (columns == null) {
            return false;
        }
        for (RowReader cells : rows(sheet, columns)) {
            int numberColumn = columns.get(NUMBER.key());
            if (cells.isEmpty(numberColumn)) {
                cells.problem(numberColumn, Messages.get("departmentplan.import.numberRequired"));
            }
            Optional<Long> number = cells.wholeNumber(numberColumn, "番号", 1, ProjectDraft.MAX_NUMBER);
            Project project = new Project(cells.rowNumber());
            project.title = required(cells, columns.get(TITLE.key()), "事業名", MAX_TITLE);
            project.lead = text(cells, columns.get(LEAD.key()), "担当課", MAX_LEAD_SECTION);
            project.description = text(cells, columns.get(DESCRIPTION.key()), "内容", Integer.MAX_VALUE);
            project.main = cells.mark(columns.get(MAIN.key()), "重点", MAIN_MARKS, NOT_MAIN_MARKS);
            if (number.isPresent()) {
                int n = number.get().intValue();
                Project earlier = byNumber.get(n);
                if (earlier != null) {
                    cells.problem(numberColumn, Messages.get("departmentplan.import.numberTwice", n, earlier.row));
                } else {
                    byNumber.put(n, project);
                }
            }
        }
        return true;
    }

    // ---- 目標指標 ------------------------------------------------------------------------------

    private void targets(Sheet sheet, Map<Integer, Project> byNumber, boolean projectsRead) {
        Map<String, Integer> columns = columns(sheet, TARGET_COLUMNS);
        if (columns == null) {
            return;
        }
        for (RowReader cells : rows(sheet, columns)) {
            int numberColumn = columns.get(PROJECT_NUMBER.key());
            if (cells.isEmpty(numberColumn)) {
                cells.problem(numberColumn, Messages.get("departmentplan.import.projectNumberRequired"));
            }
            Optional<Long> number = cells.wholeNumber(numberColumn, "事業番号", 1, ProjectDraft.MAX_NUMBER);
            String text = required(cells, columns.get(TARGET_TEXT.key()), "目標（文章）", Integer.MAX_VALUE);
            String measure = text(cells, columns.get(MEASURE.key()), "指標名", MAX_TITLE);
            BigDecimal value = cells.decimal(columns.get(TARGET_VALUE.key()), "目標値");
            String unit = text(cells, columns.get(UNIT.key()), "単位", 20);
            LocalDate deadline = cells.date(columns.get(DEADLINE.key()), "期限");
            BigDecimal baseline = cells.decimal(columns.get(BASELINE_VALUE.key()), "基準値");
            Integer baselineYear = cells.year(columns.get(BASELINE_YEAR.key()), "基準年度", MIN_YEAR, MAX_YEAR);
            if (number.isEmpty() || text == null) {
                continue;
            }
            Project project = byNumber.get(number.get().intValue());
            if (project == null) {
                if (projectsRead) {
                    cells.problem(numberColumn, Messages.get("departmentplan.import.projectMissing", number.get()));
                }
                continue;
            }
            project.targets.add(
                    new TargetIndicator(text, measure, value, unit, deadline, baseline, baselineYear, null));
        }
    }

    // ---- tables and rows -----------------------------------------------------------------------

    /** The columns of a table sheet found by their headings in row 1; null (with a problem each) when one is missing. */
    private @Nullable Map<String, Integer> columns(Sheet sheet, List<Column> expected) {
        Map<String, Integer> found = new HashMap<>();
        Row heading = sheet.getRow(0);
        if (heading != null) {
            for (Cell cell : heading) {
                if (cell.getCellType() == CellType.STRING) {
                    found.putIfAbsent(key(cell.getStringCellValue()), cell.getColumnIndex());
                }
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        boolean complete = true;
        for (Column column : expected) {
            Integer index = found.get(column.key());
            if (index == null) {
                problems.add(new ExchangeProblem(
                        where(sheet.getSheetName()),
                        1,
                        null,
                        null,
                        Messages.get("departmentplan.import.columnMissing", column.key(), column.heading())));
                complete = false;
            } else {
                columns.put(column.key(), index);
            }
        }
        return complete ? columns : null;
    }

    /** The filled rows below the heading (rows with nothing in the table's columns are skipped). */
    private List<RowReader> rows(Sheet sheet, Map<String, Integer> columns) {
        List<RowReader> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            RowReader cells = cells(sheet, row);
            if (columns.values().stream().allMatch(cells::isEmpty)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                cells.problem(-1, Messages.get("departmentplan.import.tooManyRows", MAX_ROWS));
                break;
            }
            rows.add(cells);
        }
        return rows;
    }

    private RowReader cells(Sheet sheet, Row row) {
        return RowReader.of(problems, where(sheet.getSheetName()), row, row.getRowNum() + 1, CellValue.Formulas.REFUSE);
    }

    /** How the problems name a sheet: 「個別事業」シート. */
    static String where(String sheetName) {
        return Messages.get("exchange.where.sheet", sheetName);
    }

    private static @Nullable String text(RowReader cells, int column, String label, int maxLength) {
        return cells.optionalText(column, label, maxLength);
    }

    private static @Nullable String required(RowReader cells, int column, String label, int maxLength) {
        String text = cells.requiredText(column, label, maxLength);
        return text.isEmpty() ? null : text;
    }
}
