package jp.hoshin.departmentplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.ProjectDraft;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook format on its own: what is written reads back the same, and every problem is found where it is. */
class PlanWorkbookTest {

    private static final WorkbookIdentity IDENTITY = new WorkbookIdentity("132047", 2003, "kikaku", 7L);

    private static final PlanWorkbookWriter.Cover COVER = new PlanWorkbookWriter.Cover(
            "三鷹市", "平成15（2003）年度", "企画部", "作成中", "令和7年4月1日 09:00", List.of("企画経営室", "広報課", "情報推進室"));

    private static final TargetIndicator ACCESS = new TargetIndicator(
            "平成15年度末にホームページのアクセス件数330,000件",
            "ホームページのアクセス件数",
            new BigDecimal("330000"),
            "件",
            LocalDate.of(2004, 3, 31),
            new BigDecimal("250000"),
            2002,
            null);

    private static final TargetIndicator SATISFACTION = new TargetIndicator(
            "満足度調査における満足した人の割合80%", "満足した人の割合", new BigDecimal("80.5"), "%", null, null, null, null);

    static final PlanWorkbookData PLAN = new PlanWorkbookData(
            IDENTITY,
            new PlanContent(
                    "効率的な市政運営と健全な財政運営、地域情報化の推進",
                    "市民のニーズや社会の変化に対応した計画などの策定により、市のビジョンや運営方針を市民に明らかにすること\n効率的な市政運営と健全な財政運営を目指した自治体経営の確立を図ります。",
                    List.of(new SectionRole("企画経営室", "計画の策定と進行管理"), new SectionRole("広報課", "市政情報の発信")),
                    120,
                    5_000_000_000L,
                    "市民の視点に立った情報発信\n効率的な市政運営"),
            List.of(
                    new ProjectDraft(
                            7,
                            new ProjectContent(
                                    "三鷹市ホームページリニューアル事業",
                                    "広報課",
                                    "平成15年7月にスタートした新ホームページの検証とさらなる改善を図ります。\nより市民に活用されるホームページの実現を目指します。",
                                    true,
                                    List.of(ACCESS, SATISFACTION),
                                    null)),
                    new ProjectDraft(
                            8,
                            new ProjectContent(
                                    "基幹系情報システムの再構築",
                                    "情報推進室",
                                    null,
                                    false,
                                    List.of(new TargetIndicator(
                                            "平成14年度比で20%のコスト減",
                                            "コスト",
                                            new BigDecimal("12345678901234567890.5"),
                                            "円",
                                            null,
                                            null,
                                            2002,
                                            null)),
                                    null)),
                    new ProjectDraft(
                            9, new ProjectContent("情報セキュリティマネジメントシステムの構築", null, null, false, List.of(), null))));

    @Test
    void whatIsWrittenReadsBackTheSame() {
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(new PlanWorkbookWriter().write(COVER, PLAN));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.data()).isEqualTo(PLAN);
    }

    @Test
    void theEmptyTemplateReadsBackEmpty() {
        PlanWorkbookData template = new PlanWorkbookData(
                new WorkbookIdentity("132047", 2020, "somu", null),
                new PlanContent(null, null, List.of(), null, null, null),
                List.of());
        PlanWorkbookReader.Reading reading =
                new PlanWorkbookReader().read(new PlanWorkbookWriter().write(COVER, template));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.data()).isEqualTo(template);
        assertThat(reading.identity().planVersion()).isNull();
    }

    @Test
    void theWorkbookIsMadeForPeople() throws IOException {
        try (XSSFWorkbook workbook = open(new PlanWorkbookWriter().write(COVER, PLAN))) {
            assertThat(List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3),
                            workbook.getSheetName(4)))
                    .containsExactly("記入方法", "部の方針", "各課の役割", "個別事業", "目標指標");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("_hoshin")))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getSheet("_hoshin").getProtect()).isTrue();
            Sheet projects = workbook.getSheet("個別事業");
            assertThat(projects.getRow(0).getCell(1).getStringCellValue()).isEqualTo("事業名（必須）");
            assertThat(workbook.getFontAt(
                                    projects.getRow(0).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(projects.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(projects.getColumnWidth(1)).isGreaterThan(projects.getColumnWidth(0));
            assertThat(projects.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("○");
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            });
            assertThat(projects.getRow(1).getCell(4).getStringCellValue()).isEqualTo("○");
            assertThat(workbook.getSheet("目標指標")
                            .getRow(1)
                            .getCell(5)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2004, 3, 31));
            assertThat(workbook.getSheet("記入方法").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("三鷹市 平成15（2003）年度 企画部の運営方針と目標（記入用）");
        }
    }

    @Test
    void eachProblemIsReportedWithItsSheetRowAndColumn() {
        byte[] edited = edit(new PlanWorkbookWriter().write(COVER, PLAN), workbook -> {
            Sheet policy = workbook.getSheet("部の方針");
            set(policy, 1, 0, "部の目標");
            Row staff = find(policy, "職員数（人）");
            set(policy, staff.getRowNum(), 1, "多数");
            Sheet projects = workbook.getSheet("個別事業");
            set(projects, 1, 4, "済");
            set(projects, 2, 1, "");
            set(projects, 3, 0, "8");
            set(projects, 4, 0, "千");
            set(projects, 4, 1, "新しい事業");
            projects.getRow(5).getCell(1).setCellFormula("\"数式\"&\"の事業\"");
            projects.getRow(5).getCell(0).setCellValue(10);
            Sheet targets = workbook.getSheet("目標指標");
            set(targets, 1, 3, "約30万");
            set(targets, 1, 5, "年度末");
            set(targets, 2, 7, "昨年度");
            set(targets, 3, 0, "12");
            set(targets, 4, 0, "9");
        });
        List<String> problems = new PlanWorkbookReader()
                .read(edited).problems().stream().map(ExchangeProblem::text).toList();
        assertThat(problems)
                .containsExactly(
                        "「部の方針」シート 2行目 A列: 項目「部の目標」は使えません。一覧から（部の使命・目標（見出し）、部の使命・目標、職員数（人）、予算規模（円）、実施方針）を選んでください。",
                        "「部の方針」シート 8行目 B列: 職員数（人）は0以上の整数で入力してください（全角数字・桁区切りのカンマも使えます）。",
                        "「個別事業」シート 2行目 E列: 重点は ○ か空欄にしてください（「済」は読み取れません）。",
                        "「個別事業」シート 3行目 B列: 事業名を入力してください。",
                        "「個別事業」シート 4行目 A列: 番号 8 は 3行目と重複しています。番号は事業ごとに変えてください。",
                        "「個別事業」シート 5行目 A列: 番号は1から999までの整数で入力してください（全角数字・桁区切りのカンマも使えます）。",
                        "「個別事業」シート 6行目 B列: 数式は使えません。計算した結果を「値として貼り付け」てください。",
                        "「目標指標」シート 2行目 D列: 目標値は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。",
                        "「目標指標」シート 2行目 F列: 期限は日付で入力してください（例: 2025/3/31、2025-03-31、令和7年3月31日）。",
                        "「目標指標」シート 3行目 H列: 基準年度は年度で入力してください（例: 2024、令和6年度）。",
                        "「目標指標」シート 4行目 A列: 事業番号 12 の個別事業が「個別事業」シートにありません。",
                        "「目標指標」シート 5行目 B列: 目標（文章）を入力してください。");
    }

    @Test
    void fullWidthNumbersJapaneseEraDatesAndExcelCellsAreRead() {
        byte[] edited = edit(new PlanWorkbookWriter().write(COVER, PLAN), workbook -> {
            Sheet policy = workbook.getSheet("部の方針");
            set(policy, find(policy, "職員数（人）").getRowNum(), 1, "６８人");
            set(policy, find(policy, "予算規模（円）").getRowNum(), 1, "１２，３４５，６７８，０００円");
            Sheet projects = workbook.getSheet("個別事業");
            set(projects, 3, 0, "１２");
            set(projects, 3, 4, "〇");
            Sheet targets = workbook.getSheet("目標指標");
            set(targets, 1, 3, "３３０，０００");
            set(targets, 1, 5, "令和７年３月３１日");
            set(targets, 1, 7, "令和４年度");
            set(targets, 2, 5, "2025/3/31");
            Cell percent = targets.getRow(2).getCell(3);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            percent.setCellStyle(style);
            percent.setCellValue(0.8);
            set(targets, 3, 0, "１２");
            set(targets, 3, 1, "ISMS等の国際基準の認証取得の申請");
            targets.getRow(3).getCell(5).setCellValue(LocalDate.of(2004, 3, 31));
        });
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(edited);
        assertThat(reading.problems()).isEmpty();
        PlanWorkbookData data = reading.data();
        assertThat(data.content().staffCount()).isEqualTo(68);
        assertThat(data.content().budgetYen()).isEqualTo(12_345_678_000L);
        assertThat(data.projects()).extracting(ProjectDraft::number).containsExactly(7, 8, 12);
        ProjectContent renumbered = data.projects().get(2).content();
        assertThat(renumbered.main()).isTrue();
        assertThat(renumbered.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2004, 3, 31)));
        List<TargetIndicator> targets = data.projects().getFirst().content().targets();
        assertThat(targets.get(0).targetValue()).isEqualByComparingTo("330000");
        assertThat(targets.get(0).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(targets.get(0).baselineYear()).isEqualTo(2022);
        assertThat(targets.get(1).targetValue()).isEqualByComparingTo("80");
        assertThat(targets.get(1).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aWorkbookWithoutItsSheetsOrHeadingsIsRefusedWithWhatIsMissing() {
        byte[] edited = edit(new PlanWorkbookWriter().write(COVER, PLAN), workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("各課の役割"));
            set(workbook.getSheet("個別事業"), 0, 1, "名称");
        });
        assertThat(new PlanWorkbookReader().read(edited).problems())
                .extracting(ExchangeProblem::text)
                .containsExactly(
                        "「各課の役割」シート: このシートがありません。シートの名前は書き出したときのまま（「各課の役割」）にしてください。",
                        "「個別事業」シート 1行目: 「事業名」の列がありません。1行目の見出しは書き出したときのまま（「事業名（必須）」）にしてください。");
    }

    @Test
    void columnsMayBeReorderedAndMemoColumnsAdded() {
        byte[] edited = edit(new PlanWorkbookWriter().write(COVER, PLAN), workbook -> {
            Sheet roles = workbook.getSheet("各課の役割");
            for (Row row : roles) {
                Cell a = row.getCell(0);
                Cell b = row.getCell(1);
                String section = a == null ? "" : a.getStringCellValue();
                String role = b == null ? "" : b.getStringCellValue();
                row.createCell(0).setCellValue(role);
                row.createCell(1).setCellValue(section);
            }
            set(roles, 0, 2, "メモ");
            set(roles, 1, 2, "部長確認済み");
        });
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(edited);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.data().content().sectionRoles())
                .isEqualTo(PLAN.content().sectionRoles());
    }

    @Test
    void filesThatAreNotPlanWorkbooksAreRefusedWithTheReason() throws IOException {
        assertThat(problems("部,課\n企画部,広報課\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Excel ファイル（.xlsx）ではありません。「Excelで書き出す」で書き出したファイルに記入して取り込んでください（CSV や PDF は取り込めません）。");
        byte[] ole2 = new byte[512];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole2,
                0,
                8);
        assertThat(problems(ole2)).singleElement().asString().startsWith("古い形式の Excel ファイル（.xls）か、パスワードの付いたファイル");
        byte[] zip = new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThat(problems(zip)).singleElement().asString().startsWith("Excel ファイルとして読み込めませんでした。");
        try (XSSFWorkbook other = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            other.createSheet("集計").createRow(0).createCell(0).setCellValue("予算");
            other.write(out);
            assertThat(problems(out.toByteArray()))
                    .singleElement()
                    .asString()
                    .startsWith("このファイルには、どの部・年度の運営方針と目標から書き出したかの情報がありません。");
        }
        byte[] otherFormat = edit(new PlanWorkbookWriter().write(COVER, PLAN), workbook -> {
            Sheet meta = workbook.getSheet("_hoshin");
            meta.protectSheet(null);
            meta.getRow(0).getCell(1).setCellValue("hoshin-department-plan/0");
        });
        assertThat(problems(otherFormat))
                .singleElement()
                .asString()
                .startsWith("このファイルは別の形式（hoshin-department-plan/0）");
    }

    private static List<String> problems(byte[] bytes) {
        return new PlanWorkbookReader()
                .read(bytes).problems().stream().map(ExchangeProblem::text).toList();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** Opens the workbook as a department would, changes it, and saves it. */
    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = open(bytes);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void set(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value.isEmpty()) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }

    static Row find(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && item.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + item);
    }
}
