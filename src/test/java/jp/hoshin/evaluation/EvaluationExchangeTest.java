package jp.hoshin.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.evaluation.workbook.SheetWorkbooks;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.shared.Csv;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sheets leaving and coming back: the Excel round-trip (unchanged, located problems, nothing saved, full-width numbers,
 * stale and forbidden sheets), the open-data CSV, the PDF, and the edit form's messages. Embedded PostgreSQL, rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvaluationExchangeTest {

    static final String MITAKA = EvaluationWorkflowTest.MITAKA;
    static final int YEAR = EvaluationWorkflowTest.YEAR;
    static final String WORKSHEET = "01_市内街路灯のLED化の推進";

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReview review;

    @Autowired
    SheetWorkbooks workbooks;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    EvaluationSheetView sheet;

    @BeforeEach
    void aSheet() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        evaluations.setLaborUnitCost(MITAKA, YEAR, 8_000_000L);
        evaluations.setLaborUnitCost(MITAKA, YEAR - 1, 7_900_000L);
        EvaluationSheetView s =
                evaluations.create(MITAKA, YEAR, "toshi-seibi", SheetContent.named("仮の名前", null), "test");
        sheet = evaluations.write(
                new SheetReference(MITAKA, YEAR, s.number()), s.version(), EvaluationWorkflowTest.streetLights(YEAR));
    }

    private byte[] exported() {
        return workbooks.export(MITAKA, YEAR, s -> true);
    }

    private static byte[] edit(byte[] workbook, String cell, Object value) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet ws = wb.getSheet(WORKSHEET);
            var ref = new org.apache.poi.ss.util.CellReference(cell);
            var row = ws.getRow(ref.getRow()) == null ? ws.createRow(ref.getRow()) : ws.getRow(ref.getRow());
            var c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(value.toString());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExportedWorkbookTakenBackChangesNothing() {
        SheetWorkbooks.Outcome outcome = workbooks.importWorkbook(MITAKA, YEAR, exported(), s -> true);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.changed()).isEmpty();
        EvaluationSheetView after = evaluations.get(new SheetReference(MITAKA, YEAR, sheet.number()));
        assertThat(after.version()).isEqualTo(sheet.version());
        assertThat(after.content()).isEqualTo(sheet.content());
    }

    @Test
    void aWrongCellIsReportedWithWorksheetRowAndColumnAndNothingIsSaved() throws Exception {
        byte[] workbook = edit(exported(), "B3", "新しい事業名");
        workbook = edit(workbook, "C41", "約1人");
        workbook = edit(workbook, "C24", "");
        SheetWorkbooks.Outcome outcome = workbooks.importWorkbook(MITAKA, YEAR, workbook, s -> true);
        assertThat(outcome.problems())
                .extracting(ExchangeProblem::text)
                .containsExactly(
                        "「01_市内街路灯のLED化の推進」シート 24行目 C列: 指標名を入力してください。",
                        "「01_市内街路灯のLED化の推進」シート 41行目 C列: 人工数は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。",
                        // the 単位コスト pointed at the indicator whose name was removed
                        "「01_市内街路灯のLED化の推進」シート 21行目 B列: 単位コストに使う指標は、指標名を入力した行の「指標の番号」で指定してください。");
        assertThat(evaluations
                        .get(new SheetReference(MITAKA, YEAR, sheet.number()))
                        .content()
                        .name())
                .isEqualTo("市内街路灯のLED化の推進");
    }

    @Test
    void fullWidthNumbersAreTakenIn() throws Exception {
        byte[] workbook = edit(exported(), "D40", "１，２００，０００");
        workbook = edit(workbook, "D41", "１．２５");
        workbook = edit(workbook, "B16", "新規");
        workbook = edit(workbook, "B17", "直営、委託");
        SheetWorkbooks.Outcome outcome = workbooks.importWorkbook(MITAKA, YEAR, workbook, s -> true);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.changed()).containsExactly(sheet.number());
        EvaluationSheetView after = evaluations.get(new SheetReference(MITAKA, YEAR, sheet.number()));
        assertThat(after.content().cost(YEAR).general()).isEqualTo(1_200_000L);
        assertThat(after.breakdown(YEAR).laborCost()).isEqualTo(10_000_000L);
        assertThat(after.content().newProject()).isTrue();
        assertThat(after.content().methods())
                .containsExactlyInAnyOrder(ImplementationMethod.DIRECT, ImplementationMethod.OUTSOURCED);
    }

    @Test
    void aWorkbookMadeBeforeAChangeOrChangingAForbiddenSheetIsRefused() throws Exception {
        byte[] workbook = edit(exported(), "B19", "夜道の安全");
        SheetWorkbooks.Outcome forbidden = workbooks.importWorkbook(MITAKA, YEAR, workbook, s -> false);
        assertThat(forbidden.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains(WORKSHEET).contains("権限がありません"));

        evaluations.write(
                new SheetReference(MITAKA, YEAR, sheet.number()),
                sheet.version(),
                SheetContent.named("画面で変えた名前", null));
        SheetWorkbooks.Outcome stale = workbooks.importWorkbook(MITAKA, YEAR, workbook, s -> true);
        assertThat(stale.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains("書き出した後に画面で変更されている"));
        assertThat(evaluations
                        .get(new SheetReference(MITAKA, YEAR, sheet.number()))
                        .content()
                        .name())
                .isEqualTo("画面で変えた名前");
    }

    private EvaluationSheetView publish() {
        int n = sheet.number();
        EvaluationSheetView s = review.recordFirstAssessment(
                new SheetReference(MITAKA, YEAR, n),
                sheet.version(),
                EvaluationWorkflowTest.assessment(FutureDirection.CONTINUE, "所見"));
        s = review.submitFirstEvaluation(new SheetReference(MITAKA, YEAR, n), s.version(), "u");
        s = review.finalizeEvaluation(new SheetReference(MITAKA, YEAR, n), s.version(), "u");
        return review.publish(new SheetReference(MITAKA, YEAR, n), s.version(), "u");
    }

    @Test
    void theOpenDataCsvHasOneRowPerPublishedSheet() throws Exception {
        String path = "/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/evaluations.csv";
        publish();
        byte[] body = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith(Csv.BOM);
        List<List<String>> rows = Csv.read(text.substring(1));
        assertThat(rows).hasSize(2);
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertThat(row.get(header.indexOf("事業名"))).isEqualTo("市内街路灯のLED化の推進");
        assertThat(row.get(header.indexOf("部"))).isEqualTo("都市整備部");
        assertThat(row.get(header.indexOf("トータルコスト（円）"))).isEqualTo("14000000");
        assertThat(row.get(header.indexOf("うち一般財源（円）"))).isEqualTo("6000000");
        assertThat(row.get(header.indexOf("人件費（円）"))).isEqualTo("6000000");
        assertThat(row.get(header.indexOf("成果指標の達成率（%）"))).isEqualTo("99.4");
        assertThat(row.get(header.indexOf("今後の方向性"))).isEqualTo("継続");
        assertThat(row.get(header.indexOf("実施方法"))).isEqualTo("委託");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void thePdfIsATaggedDocumentWithTheSheetsText() throws Exception {
        publish();
        byte[] pdf = mvc.perform(
                        get("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number() + "/evaluation.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("市内街路灯のLED化の推進").contains("14,000,000").contains("継続（一次評価による）");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        // the PDF carries the day the sheet was published (in Japan), not the day it is printed
        jdbc.update(
                "update evaluation_sheet_step set taken_at = timestamptz '2025-08-01 00:15:00+09'"
                        + " where sheet_id = ? and to_stage = 'PUBLISHED'",
                sheet.id());
        byte[] all = mvc.perform(get("/m/" + MITAKA + "/" + YEAR + "/evaluations.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(all)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("令和7（2025）年8月1日");
        }
    }

    @Test
    void theFormShowsEachMistakeNextToItsFieldAndKeepsTheInput() throws Exception {
        String page = "/staff/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number();
        String html = mvc.perform(post(page)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version()))
                        .param("name", "")
                        .param("costs[2].general", "１，０００，０００")
                        .param("costs[2].personYears", "1.255"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("事業名を入力してください。")
                .contains("人工数（2008年度）は0以上、小数点以下2桁までの数で入力してください")
                .contains("value=\"１，０００，０００\"")
                .contains("id=\"name\"")
                .contains("aria-invalid=\"true\"");
        String stale = mvc.perform(post(page)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version() - 1))
                        .param("name", "古い版からの保存"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("他の職員が更新しました").contains("value=\"古い版からの保存\"");
        assertThat(evaluations
                        .get(new SheetReference(MITAKA, YEAR, sheet.number()))
                        .content()
                        .name())
                .isEqualTo("市内街路灯のLED化の推進");
    }

    @Test
    void aFullWidthAmountIsSavedFromTheForm() throws Exception {
        String page = "/staff/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number();
        mvc.perform(post(page)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version()))
                        .param("name", "市内街路灯のLED化の推進")
                        .param("costs[2].general", "３，３００，０００")
                        .param("costs[2].personYears", "１．２５"))
                .andExpect(status().is3xxRedirection());
        YearCost cost = evaluations
                .get(new SheetReference(MITAKA, YEAR, sheet.number()))
                .content()
                .cost(YEAR);
        assertThat(cost.general()).isEqualTo(3_300_000L);
        assertThat(cost.personYears()).isEqualByComparingTo(new BigDecimal("1.25"));
    }
}
