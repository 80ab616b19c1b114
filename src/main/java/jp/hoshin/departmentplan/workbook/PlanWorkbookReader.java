package jp.hoshin.departmentplan.workbook;

import static jp.hoshin.departmentplan.workbook.PlanWorkbookFormat.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.ProjectDraft;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.shared.JapaneseText;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan workbook back, checking all of it before anything is used: every problem is collected
 * with its sheet, row and column and a Japanese message saying what to do. Accepts what people type
 * in Excel: full-width digits and separators, 和暦 and western dates, date cells, percent cells,
 * numbers typed as text. Formula cells are refused (their value is not what was typed).
 */
final class PlanWorkbookReader {

    /** The outcome: the data when there is no problem; the identity whenever the hidden sheet could be read. */
    record Reading(@Nullable WorkbookIdentity identity, @Nullable PlanWorkbookData data, List<WorkbookProblem> problems) {
    }

    static final int MAX_PROBLEMS = 200;

    private static final LocalDate EARLIEST = LocalDate.of(1989, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final List<String> NOT_MAIN_MARKS = List.of("FALSE", "0", "×", "✕", "いいえ");

    private final List<WorkbookProblem> problems = new ArrayList<>();

    /** One reader reads one workbook. */
    Reading read(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            return refused("古い形式の Excel ファイル（.xls）か、パスワードの付いたファイルは読み込めません。"
                    + "パスワードを外し、「Excel ブック (*.xlsx)」の形式で保存し直してから取り込んでください。");
        }
        if (magic != FileMagic.OOXML) {
            return refused("Excel ファイル（.xlsx）ではありません。「Excelで書き出す」で書き出したファイルに記入して取り込んでください"
                    + "（CSV や PDF は取り込めません）。");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            return refused("Excel ファイルとして読み込めませんでした。ファイルが壊れていないか確かめ、Excel で開いて保存し直してから取り込んでください。");
        }
    }

    private Reading refused(String message) {
        problems.add(WorkbookProblem.ofFile(message));
        return new Reading(null, null, List.copyOf(problems));
    }

    private Reading read(XSSFWorkbook workbook) {
        WorkbookIdentity identity = identity(workbook.getSheet(META));
        if (identity == null) {
            return new Reading(null, null, List.copyOf(problems));
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
            return new Reading(identity, null, List.copyOf(problems));
        }
        PlanContent content = new PlanContent(part1.headline, joined(part1.mission), sectionRoles, part1.staff, part1.budget, joined(part1.policies));
        List<ProjectDraft> drafts = byNumber.entrySet().stream()
                .map(e -> new ProjectDraft(e.getKey(), new ProjectContent(e.getValue().title, e.getValue().lead,
                        e.getValue().description, e.getValue().main, e.getValue().targets, null)))
                .toList();
        return new Reading(identity, new PlanWorkbookData(identity, content, drafts), List.of());
    }

    // ---- the hidden sheet ------------------------------------------------------------------

    private @Nullable WorkbookIdentity identity(@Nullable Sheet meta) {
        String notOurs = "このファイルには、どの部・年度の運営方針と目標から書き出したかの情報がありません。"
                + "Hoshin の「Excelで書き出す」で書き出したファイルに記入して取り込んでください。";
        if (meta == null) {
            problems.add(WorkbookProblem.ofFile(notOurs));
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
            problems.add(WorkbookProblem.ofFile(values.containsKey(META_FORMAT)
                    ? "このファイルは別の形式（" + values.get(META_FORMAT) + "）で書き出されたため読み込めません。もう一度「Excelで書き出す」で書き出してください。"
                    : notOurs));
            return null;
        }
        try {
            String version = values.getOrDefault(META_VERSION, "");
            return new WorkbookIdentity(required(values, META_MUNICIPALITY), Integer.parseInt(required(values, META_YEAR)),
                    required(values, META_DEPARTMENT), version.isBlank() ? null : Long.valueOf(version));
        } catch (IllegalArgumentException e) {
            problems.add(WorkbookProblem.ofFile("このファイルの管理用の情報（見えないシート）が壊れています。もう一度「Excelで書き出す」で書き出してください。"));
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

    private @Nullable Sheet required(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problem(name, 0, null, "このシートがありません。シートの名前は書き出したときのまま（「" + name + "」）にしてください。");
        }
        return sheet;
    }

    // ---- 部の方針 ------------------------------------------------------------------------------

    private static final class PolicyPart {
        @Nullable String headline;
        final List<String> mission = new ArrayList<>();
        @Nullable Integer staff;
        @Nullable Long budget;
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
            Cells cells = new Cells(sheet.getSheetName(), row);
            Value content = cells.value(contentColumn);
            if (content == Value.EMPTY) {
                continue;
            }
            if (cells.value(itemColumn) == Value.INVALID) {
                continue;
            }
            String item = cells.text(itemColumn, ITEM, Integer.MAX_VALUE);
            if (item == null) {
                cells.problem(itemColumn, "項目が空欄です。A 列の一覧から項目（" + String.join("、", ITEMS) + "）を選んでください。");
                continue;
            }
            String matched = ITEMS.stream().filter(i -> key(i).equals(key(item))).findFirst().orElse(null);
            if (matched == null) {
                cells.problem(itemColumn, "項目「" + item + "」は使えません。一覧から（" + String.join("、", ITEMS) + "）を選んでください。");
                continue;
            }
            if ((matched.equals(MISSION_HEADLINE) || matched.equals(STAFF) || matched.equals(BUDGET)) && seenOnRow.containsKey(matched)) {
                cells.problem(itemColumn, "「" + matched + "」は1行だけにしてください（" + seenOnRow.get(matched) + " 行目にもあります）。");
                continue;
            }
            seenOnRow.putIfAbsent(matched, row.getRowNum() + 1);
            switch (matched) {
                case MISSION_HEADLINE -> part.headline = cells.text(contentColumn, MISSION_HEADLINE, MAX_HEADLINE);
                case STAFF -> part.staff = cells.wholeNumber(contentColumn, STAFF, 0, Integer.MAX_VALUE).map(Long::intValue).orElse(null);
                case BUDGET -> part.budget = cells.wholeNumber(contentColumn, BUDGET, 0, Long.MAX_VALUE).orElse(null);
                case MISSION -> lines(cells.text(contentColumn, MISSION, Integer.MAX_VALUE), part.mission);
                default -> lines(cells.text(contentColumn, POLICIES, Integer.MAX_VALUE), part.policies);
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
        for (Cells cells : rows(sheet, columns)) {
            String section = cells.required(columns.get(SECTION.key()), "課", MAX_LEAD_SECTION);
            String role = cells.required(columns.get(ROLE.key()), "役割", Integer.MAX_VALUE);
            if (section != null && role != null) {
                roles.add(new SectionRole(section, role));
            }
        }
        return roles;
    }

    // ---- 個別事業 ------------------------------------------------------------------------------

    private static final class Project {
        final int row;
        @Nullable String title;
        @Nullable String lead;
        @Nullable String description;
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
        for (Cells cells : rows(sheet, columns)) {
            int numberColumn = columns.get(NUMBER.key());
            Optional<Long> number = cells.value(numberColumn) == Value.EMPTY
                    ? cells.problem(numberColumn, "番号を入力してください（新しい事業には、まだ使っていない番号を付けます）。")
                    : cells.wholeNumber(numberColumn, "番号", 1, ProjectDraft.MAX_NUMBER);
            Project project = new Project(cells.rowNumber());
            project.title = cells.required(columns.get(TITLE.key()), "事業名", MAX_TITLE);
            project.lead = cells.text(columns.get(LEAD.key()), "担当課", MAX_LEAD_SECTION);
            project.description = cells.text(columns.get(DESCRIPTION.key()), "内容", Integer.MAX_VALUE);
            project.main = cells.mark(columns.get(MAIN.key()));
            if (number.isPresent()) {
                int n = number.get().intValue();
                Project earlier = byNumber.get(n);
                if (earlier != null) {
                    cells.problem(numberColumn, "番号 " + n + " は " + earlier.row + " 行目と重複しています。番号は事業ごとに変えてください。");
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
        for (Cells cells : rows(sheet, columns)) {
            int numberColumn = columns.get(PROJECT_NUMBER.key());
            Optional<Long> number = cells.value(numberColumn) == Value.EMPTY
                    ? cells.problem(numberColumn, "事業番号（「個別事業」シートの番号）を入力してください。")
                    : cells.wholeNumber(numberColumn, "事業番号", 1, ProjectDraft.MAX_NUMBER);
            String text = cells.required(columns.get(TARGET_TEXT.key()), "目標（文章）", Integer.MAX_VALUE);
            String measure = cells.text(columns.get(MEASURE.key()), "指標名", MAX_TITLE);
            BigDecimal value = cells.decimal(columns.get(TARGET_VALUE.key()), "目標値");
            String unit = cells.text(columns.get(UNIT.key()), "単位", 20);
            LocalDate deadline = cells.date(columns.get(DEADLINE.key()), "期限");
            BigDecimal baseline = cells.decimal(columns.get(BASELINE_VALUE.key()), "基準値");
            Integer baselineYear = cells.year(columns.get(BASELINE_YEAR.key()), "基準年度");
            if (number.isEmpty() || text == null) {
                continue;
            }
            Project project = byNumber.get(number.get().intValue());
            if (project == null) {
                if (projectsRead) {
                    cells.problem(numberColumn, "事業番号 " + number.get() + " の個別事業が「個別事業」シートにありません。");
                }
                continue;
            }
            project.targets.add(new TargetIndicator(text, measure, value, unit, deadline, baseline, baselineYear, null));
        }
    }

    // ---- tables, rows and cells ---------------------------------------------------------------

    /** The columns of a table sheet found by their headings in row 1; null (with a problem each) when one is missing. */
    private @Nullable Map<String, Integer> columns(Sheet sheet, List<Column> expected) {
        Map<String, Integer> found = new HashMap<>();
        Row heading = sheet.getRow(0);
        if (heading != null) {
            for (Cell cell : heading) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    found.putIfAbsent(key(cell.getStringCellValue()), cell.getColumnIndex());
                }
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        boolean complete = true;
        for (Column column : expected) {
            Integer index = found.get(column.key());
            if (index == null) {
                problem(sheet.getSheetName(), 1, null, "「" + column.key() + "」の列がありません。1行目の見出しは書き出したときのまま（「"
                        + column.heading() + "」）にしてください。");
                complete = false;
            } else {
                columns.put(column.key(), index);
            }
        }
        return complete ? columns : null;
    }

    /** The filled rows below the heading (rows with nothing in the table's columns are skipped). */
    private List<Cells> rows(Sheet sheet, Map<String, Integer> columns) {
        List<Cells> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cells cells = new Cells(sheet.getSheetName(), row);
            if (columns.values().stream().allMatch(c -> cells.value(c) == Value.EMPTY)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problem(sheet.getSheetName(), row.getRowNum() + 1, null, "行が多すぎます。1つのシートに書けるのは " + MAX_ROWS + " 行までです。");
                break;
            }
            rows.add(cells);
        }
        return rows;
    }

    private void problem(@Nullable String sheet, int row, @Nullable String column, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new WorkbookProblem(sheet, row, column, message));
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add(WorkbookProblem.ofFile("誤りが多いため、" + MAX_PROBLEMS + " 件より後は省きました。上の誤りを直してから、もう一度取り込んでください。"));
        }
    }

    /** What a cell holds, as far as the reader cares. */
    private sealed interface Value permits Value.Text, Value.Number, Value.Other {
        Other EMPTY = new Other("empty");
        Other INVALID = new Other("invalid");

        record Text(String text) implements Value {
        }

        /** A number cell; {@code date} when Excel formats it as a date, {@code percent} when as a percentage. */
        record Number(double value, @Nullable LocalDate date, boolean percent) implements Value {
        }

        record Other(String kind) implements Value {
        }
    }

    /** The cells of one row, read with the problems they have. */
    private final class Cells {
        private final String sheet;
        private final Row row;
        private final Map<Integer, Value> values = new HashMap<>();

        Cells(String sheet, Row row) {
            this.sheet = sheet;
            this.row = row;
        }

        int rowNumber() {
            return row.getRowNum() + 1;
        }

        <T> Optional<T> problem(int column, String message) {
            PlanWorkbookReader.this.problem(sheet, rowNumber(), CellReference.convertNumToColString(column), message);
            return Optional.empty();
        }

        Value value(int column) {
            return values.computeIfAbsent(column, this::read);
        }

        private Value read(int column) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return Value.EMPTY;
            }
            return switch (cell.getCellType()) {
                case BLANK -> Value.EMPTY;
                case STRING -> {
                    String text = JapaneseText.text(cell.getStringCellValue());
                    String refused = jp.hoshin.shared.InputText.problem(null, jp.hoshin.shared.InputText.withoutBidiOverrides(text),
                            jp.hoshin.shared.InputText.MAX_LENGTH);
                    if (refused != null) {
                        problem(column, refused);
                        yield Value.INVALID;
                    }
                    text = jp.hoshin.shared.InputText.withoutBidiOverrides(text);
                    yield text.isEmpty() ? Value.EMPTY : new Value.Text(text);
                }
                case NUMERIC -> {
                    boolean isDate = DateUtil.isCellDateFormatted(cell);
                    String format = cell.getCellStyle().getDataFormatString();
                    yield new Value.Number(cell.getNumericCellValue(),
                            isDate ? cell.getLocalDateTimeCellValue().toLocalDate() : null,
                            !isDate && format != null && format.contains("%"));
                }
                case BOOLEAN -> new Value.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                case FORMULA -> {
                    problem(column, "数式は使えません。計算した結果を「値として貼り付け」てください。");
                    yield Value.INVALID;
                }
                default -> {
                    problem(column, "エラー値（#N/A など）になっています。値を入力し直してください。");
                    yield Value.INVALID;
                }
            };
        }

        @Nullable String text(int column, String label, int maxLength) {
            String text = switch (value(column)) {
                case Value.Text t -> t.text();
                case Value.Number n when n.date() != null -> n.date().toString();
                case Value.Number n -> NumberToTextConverter.toText(n.value());
                case Value.Other o -> null;
            };
            if (text != null && text.length() > maxLength) {
                problem(column, label + "は" + maxLength + "文字以内で入力してください（現在" + text.length() + "文字）。");
            }
            return text;
        }

        @Nullable String required(int column, String label, int maxLength) {
            if (value(column) == Value.EMPTY) {
                problem(column, label + "を入力してください。");
                return null;
            }
            return text(column, label, maxLength);
        }

        Optional<Long> wholeNumber(int column, String label, long min, long max) {
            String rule = min == 0 ? label + "は0以上の整数で入力してください（全角数字・桁区切りのカンマも使えます）。"
                    : label + "は" + min + "から" + max + "までの整数で入力してください。";
            if (value(column) instanceof Value.Other) {
                return Optional.empty();  // empty, or its problem is already reported
            }
            Optional<Long> n = switch (value(column)) {
                case Value.Number v when v.date() == null && v.value() == Math.rint(v.value()) && Math.abs(v.value()) < 1e15 ->
                        Optional.of((long) v.value());
                case Value.Text t -> JapaneseText.parseWholeNumber(t.text());
                default -> Optional.empty();
            };
            if (n.isEmpty() || n.get() < min || n.get() > max) {
                return problem(column, rule);
            }
            return n;
        }

        @Nullable BigDecimal decimal(int column, String label) {
            String rule = label + "は数値だけを入力してください（単位は「単位」の列に。全角数字・桁区切りのカンマも使えます）。";
            return switch (value(column)) {
                case Value.Number v when v.date() != null -> this.<BigDecimal>problem(column, rule).orElse(null);
                case Value.Number v -> {
                    BigDecimal d = new BigDecimal(NumberToTextConverter.toText(v.value()));
                    yield plain(v.percent() ? d.movePointRight(2) : d);
                }
                case Value.Text t -> JapaneseText.parseNumber(t.text().replaceAll("[%％]$", "")).map(PlanWorkbookReader::plain)
                        .orElseGet(() -> this.<BigDecimal>problem(column, rule).orElse(null));
                case Value.Other o -> null;
            };
        }

        @Nullable LocalDate date(int column, String label) {
            String rule = label + "は日付で入力してください（例: 2025/3/31、2025-03-31、令和7年3月31日）。";
            LocalDate date = switch (value(column)) {
                case Value.Number v when v.date() != null -> v.date();
                case Value.Number v -> this.<LocalDate>problem(column, rule).orElse(null);
                case Value.Text t -> JapaneseText.parseDate(t.text()).orElseGet(() -> this.<LocalDate>problem(column, rule).orElse(null));
                case Value.Other o -> null;
            };
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                problem(column, label + "の日付（" + date + "）が正しくありません。" + rule.substring(label.length() + 1));
                return null;
            }
            return date;
        }

        @Nullable Integer year(int column, String label) {
            String rule = label + "は年度で入力してください（例: 2024、令和6年度）。";
            Integer year = switch (value(column)) {
                case Value.Number v when v.date() == null && v.value() == Math.rint(v.value()) -> (int) v.value();
                case Value.Number v -> this.<Integer>problem(column, rule).orElse(null);
                case Value.Text t -> JapaneseText.parseYear(t.text()).orElseGet(() -> this.<Integer>problem(column, rule).orElse(null));
                case Value.Other o -> null;
            };
            if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                problem(column, rule);
                return null;
            }
            return year;
        }

        boolean mark(int column) {
            String text = text(column, "重点", Integer.MAX_VALUE);
            if (text == null) {
                return false;
            }
            String folded = JapaneseText.fold(text).toUpperCase(Locale.ROOT);
            if (MAIN_MARKS.stream().anyMatch(m -> JapaneseText.fold(m).equals(folded))) {
                return true;
            }
            if (!NOT_MAIN_MARKS.contains(folded)) {
                problem(column, "重点は ○ か空欄にしてください（「" + text + "」は読み取れません）。");
            }
            return false;
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
