package jp.hoshin.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.evaluation.workbook.SheetWorkbooks;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.shared.BusinessRuleException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's own form of the evaluation sheet (issue 15): year columns with their kinds and a list of 今後の方向性
 * set by the planning section, followed by the form, the pages, the PDF, the workbook and the CSV; published labels
 * kept when the list changes; no configuration = the form as before. Embedded PostgreSQL, rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvaluationSheetFormTest {

    static final String MITAKA = EvaluationWorkflowTest.MITAKA;
    static final int YEAR = EvaluationWorkflowTest.YEAR;
    static final String WORKSHEET = "01_市内街路灯のLED化の推進";
    static final SheetLayout FOUR = SheetLayoutTest.FOUR_COLUMNS;
    static final String SETTINGS = "/staff/m/" + MITAKA + "/evaluation-settings";

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReview review;

    @Autowired
    PublishedEvaluations published;

    @Autowired
    BudgetList budgetList;

    @Autowired
    SheetSettings settings;

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
        SheetContent c = EvaluationWorkflowTest.streetLights(YEAR);
        List<YearCost> costs = new ArrayList<>(c.costs());
        costs.add(new YearCost(YEAR - 3, null, null, null, null, 111L, null));
        costs.add(new YearCost(YEAR + 1, null, null, null, null, 5_000_000L, null));
        sheet = evaluations.write(ref(s.number()), s.version(), c.withCosts(costs));
    }

    private static long fresh = System.nanoTime();

    /**
     * A public address with a query the page does not read: the public page cache neither answers nor keeps it (it may
     * hold a copy rendered in another test's rolled-back transaction at the same content version).
     */
    private static String uncached(String path) {
        return path + "?fresh=" + (++fresh);
    }

    private static SheetReference ref(int number) {
        return new SheetReference(MITAKA, YEAR, number);
    }

    private String staffPage() {
        return "/staff/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number();
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private EvaluationSheetView publish(String direction) {
        EvaluationSheetView s = review.recordFirstAssessment(
                ref(sheet.number()),
                evaluations.get(ref(sheet.number())).version(),
                new Assessment(Rating.A, null, Rating.B, null, Rating.B, null, direction, null, "所見"));
        s = review.submitFirstEvaluation(ref(s.number()), s.version(), "u");
        s = review.finalizeEvaluation(ref(s.number()), s.version(), "u");
        return review.publish(ref(s.number()), s.version(), "u");
    }

    @Test
    void thePlanningSectionSetsTheFormOnItsPageWithMistakesNextToTheFieldsAndTheTypedValuesKept() throws Exception {
        assertThat(read(SETTINGS)).contains("（使わない）").contains("拡充\n継続\n改善・見直し\n縮小\n休止・廃止");
        mvc.perform(get(SETTINGS).with(StaffUsers.as(signIns, "mitaka-somu"))).andExpect(status().isForbidden());

        String refused = mvc.perform(post(SETTINGS)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(SheetSettings.NOT_SET))
                        .param("columns[0].offset", "-1")
                        .param("columns[0].kind", "SETTLED")
                        .param("columns[1].offset", "-1")
                        .param("columns[2].kind", "BUDGET")
                        .param("directions", "拡充\nレベルアップ\n拡充"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("2列目: 同じ年度の列がすでにあります。")
                .contains("3列目: 区分を選んだときは年度も選んでください。")
                .contains("3行目: 今後の方向性「拡充」が2回あります。")
                .contains("拡充\nレベルアップ\n拡充</textarea>")
                .contains("aria-invalid=\"true\"");
        assertThat(settings.current(MITAKA).isSet()).isFalse();

        mvc.perform(post(SETTINGS)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(SheetSettings.NOT_SET))
                        .param("columns[0].offset", "-2")
                        .param("columns[0].kind", "SETTLED")
                        .param("columns[1].offset", "-1")
                        .param("columns[1].kind", "SETTLED")
                        .param("columns[2].offset", "0")
                        .param("columns[2].kind", "BUDGET")
                        .param("columns[3].offset", "1")
                        .param("columns[3].kind", "REQUEST")
                        .param("directions", "拡充\r\nレベルアップ\r\n継続\r\n\r\n見直し\r\n廃止\r\n"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "評価シートの様式を保存しました。"));
        assertThat(settings.layout(MITAKA)).isEqualTo(FOUR);

        // a second person who opened the page before the save is refused, and keeps what they typed
        String stale = mvc.perform(post(SETTINGS)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(SheetSettings.NOT_SET))
                        .param("columns[0].offset", "0")
                        .param("directions", "継続だけ"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("他の職員が更新しました").contains("継続だけ</textarea>");
        assertThat(settings.layout(MITAKA)).isEqualTo(FOUR);
    }

    @Test
    void configuredColumnsGoThroughTheFormThePagesThePdfTheWorkbookAndTheCsv() throws Exception {
        settings.save(MITAKA, FOUR, SheetSettings.NOT_SET);

        // the form: one column per year column, headed with its kind, the sheet's values in place
        String form = read(staffPage());
        assertThat(form)
                .contains("平成18（2006）年度 決算")
                .contains("平成21（2009）年度 要求 目標")
                .contains("name=\"costs[3].general\"")
                .contains("value=\"5,000,000\"")
                .contains("name=\"indicators[0].targets[3]\"");
        String refused = mvc.perform(post(staffPage())
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version()))
                        .param("name", "市内街路灯のLED化の推進")
                        .param("indicators[0].name", "LED化した街路灯")
                        .param("indicators[0].actuals[3]", "たくさん"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("実績値（平成21（2009）年度 要求）").contains("value=\"たくさん\"");
        mvc.perform(post(staffPage())
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version()))
                        .param("name", "市内街路灯のLED化の推進")
                        .param("indicators[0].kind", "ACTIVITY")
                        .param("indicators[0].name", "LED化した街路灯")
                        .param("indicators[0].targets[2]", "140")
                        .param("indicators[0].targets[3]", "１３０")
                        .param("costs[2].general", "6,000,000")
                        .param("costs[3].general", "６，０００，０００"))
                .andExpect(status().is3xxRedirection());
        EvaluationSheetView saved = evaluations.get(ref(sheet.number()));
        assertThat(saved.content().cost(YEAR + 1).general()).isEqualTo(6_000_000L);
        assertThat(saved.content().indicators().getFirst().target(YEAR + 1)).isEqualByComparingTo("130");
        // a year the form does not show keeps its value
        assertThat(saved.content().cost(YEAR - 3).general()).isEqualTo(111L);

        // the workbook: headed like the pages; taken back unchanged it changes nothing, a new amount lands in its year
        byte[] exported = workbooks.export(MITAKA, YEAR, s -> true);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
            Sheet ws = wb.getSheet(WORKSHEET);
            assertThat(ws.getRow(22).getCell(5).getStringCellValue()).isEqualTo("平成18（2006）年度 決算 目標");
            assertThat(ws.getRow(22).getCell(12).getStringCellValue()).isEqualTo("平成21（2009）年度 要求 実績");
            assertThat(ws.getRow(34).getCell(4).getStringCellValue()).isEqualTo("平成21（2009）年度 要求");
            assertThat(ws.getRow(39).getCell(4).getNumericCellValue()).isEqualTo(6_000_000d);
        }
        SheetWorkbooks.Outcome unchanged = workbooks.importWorkbook(MITAKA, YEAR, exported, s -> true);
        assertThat(unchanged.problems()).isEmpty();
        assertThat(unchanged.changed()).isEmpty();
        SheetWorkbooks.Outcome changed =
                workbooks.importWorkbook(MITAKA, YEAR, edit(exported, "E40", "７，０００，０００"), s -> true);
        assertThat(changed.problems()).isEmpty();
        assertThat(changed.changed()).containsExactly(sheet.number());
        saved = evaluations.get(ref(sheet.number()));
        assertThat(saved.content().cost(YEAR + 1).general()).isEqualTo(7_000_000L);
        assertThat(saved.content().cost(YEAR - 3).general()).isEqualTo(111L);

        // a workbook made before the columns changed is refused where its headings differ, and nothing is saved
        byte[] older = workbooks.export(MITAKA, YEAR, s -> true);
        SheetSettings.Current three = settings.save(
                MITAKA,
                new SheetLayout(SheetLayout.DEFAULT.columns(), FOUR.directions()),
                settings.current(MITAKA).version());
        SheetWorkbooks.Outcome moved = workbooks.importWorkbook(MITAKA, YEAR, edit(older, "B3", "別の名前"), s -> true);
        assertThat(moved.problems())
                .extracting(ExchangeProblem::text)
                .first()
                .asString()
                .startsWith("「01_市内街路灯のLED化の推進」シート 23行目 F列: 年度の列の見出しが「2006年度 目標」ではありません（「平成18（2006）年度 決算 目標」）");
        assertThat(moved.problems())
                .extracting(ExchangeProblem::text)
                .anySatisfy(p -> assertThat(p).startsWith("「01_市内街路灯のLED化の推進」シート 23行目 L列: 評価シートの様式にない年度の列があります"));
        assertThat(evaluations.get(ref(sheet.number())).content().name()).isEqualTo("市内街路灯のLED化の推進");
        settings.save(MITAKA, FOUR, three.version());

        // the public page, the PDF and the CSV
        publish("レベルアップ");
        String page = mvc.perform(get(uncached("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("平成20（2008）年度 予算").contains("平成21（2009）年度 要求").contains("7,000,000");
        byte[] pdf = mvc.perform(get(
                        uncached("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number() + "/evaluation.pdf")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("平成19（2007）年度決算")
                    .contains("平成21（2009）年度要求")
                    .contains("7,000,000")
                    .contains("レベルアップ（一次評価による）");
        }
        List<List<String>> rows = csv();
        List<String> header = rows.get(0);
        assertThat(header).contains("前々年度決算の事業費（円）", "当年度予算のトータルコスト（円）", "次年度要求のトータルコスト（円）");
        assertThat(rows.get(1).get(header.indexOf("次年度要求の事業費（円）"))).isEqualTo("7000000");
        // the form left 前年度 blank, so it was cleared; 当年度 is the amount typed
        assertThat(rows.get(1).get(header.indexOf("前年度決算のトータルコスト（円）"))).isEmpty();
        assertThat(rows.get(1).get(header.indexOf("当年度予算のトータルコスト（円）"))).isEqualTo("6000000");
        assertThat(rows.get(1).get(header.indexOf("今後の方向性"))).isEqualTo("レベルアップ");
    }

    private List<List<String>> csv() throws Exception {
        byte[] body = mvc.perform(get(
                        uncached("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/evaluations.csv")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return Csv.read(new String(body, StandardCharsets.UTF_8).substring(1));
    }

    @Test
    void aDirectionOutsideTheListIsRefusedAndAChangedListKeepsThePublishedLabels() throws Exception {
        settings.save(MITAKA, FOUR, SheetSettings.NOT_SET);
        assertThatThrownBy(() -> review.recordFirstAssessment(
                        ref(sheet.number()),
                        sheet.version(),
                        new Assessment(null, null, null, null, null, null, "縮小", null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("今後の方向性「縮小」は、この自治体の一覧にありません。「拡充」「レベルアップ」「継続」「見直し」「廃止」のいずれかを選んでください。");
        mvc.perform(post(staffPage() + "/first")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(sheet.version()))
                        .param("direction", "縮小")
                        .param("submit", "false"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashError", "今後の方向性「縮小」は、この自治体の一覧にありません。「拡充」「レベルアップ」「継続」「見直し」「廃止」のいずれかを選んでください。"));
        assertThat(evaluations.get(ref(sheet.number())).first().direction()).isNull();
        // the form offers the list in its order
        assertThat(read(staffPage()))
                .contains("<option value=\"レベルアップ\">レベルアップ</option>")
                .doesNotContain("<option value=\"縮小\"");

        publish("レベルアップ");
        settings.save(
                MITAKA,
                new SheetLayout(FOUR.columns(), List.of("拡充", "継続", "見直し", "廃止")),
                settings.current(MITAKA).version());

        // the published sheet keeps its label; counts run in the list's order, then the earlier label as it is
        assertThat(published.publishedSheet(ref(sheet.number())).orElseThrow().finalDirection())
                .isEqualTo("レベルアップ");
        PublishedEvaluations.Summary summary = published.summary(MITAKA, YEAR);
        assertThat(summary.directions()).containsExactly("拡充", "継続", "見直し", "廃止", "レベルアップ");
        assertThat(summary.byDirection()).containsEntry("レベルアップ", 1L).containsEntry("継続", 0L);
        assertThat(mvc.perform(get(uncached("/m/" + MITAKA + "/" + YEAR + "/evaluations")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<th scope=\"col\">見直し</th>")
                .contains("<th scope=\"col\">レベルアップ</th>");
        assertThat(mvc.perform(get(uncached("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("レベルアップ");
        String api = mvc.perform(
                        get(uncached("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/evaluations")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api)
                .contains("\"directions\":[\"拡充\",\"継続\",\"見直し\",\"廃止\",\"レベルアップ\"]")
                .contains("{\"direction\":\"レベルアップ\",\"count\":1}")
                .contains("{\"offset\":1,\"kind\":\"要求\",\"name\":\"次年度要求\"}");
        assertThat(budgetList.lines(MITAKA, YEAR, new BudgetList.Filter(null, null, "レベルアップ")))
                .singleElement()
                .satisfies(l -> assertThat(l.direction()).isEqualTo("レベルアップ"));
        assertThat(read("/staff/m/" + MITAKA + "/" + YEAR + "/evaluations/budget"))
                .contains("<option value=\"見直し\">見直し</option>")
                .contains("<td>レベルアップ</td>");
    }

    @Test
    void withoutAFormSetTheSheetLooksAsItAlwaysDid() throws Exception {
        assertThat(settings.current(MITAKA).isSet()).isFalse();
        assertThat(evaluations.get(ref(sheet.number())).years()).containsExactly(YEAR - 2, YEAR - 1, YEAR);
        String form = read(staffPage());
        assertThat(form)
                .contains("<th scope=\"col\">2006年度</th>")
                .contains("2008年度 目標")
                .contains("<option value=\"改善・見直し\">改善・見直し</option>")
                .doesNotContain("name=\"costs[3].general\"")
                .doesNotContain("年度 決算");
        publish("継続");
        List<String> header = csv().get(0);
        assertThat(header).endsWith("説明用の架空データ").noneMatch(h -> h.endsWith("の事業費（円）"));
        assertThat(published.summary(MITAKA, YEAR).directions()).containsExactly("拡充", "継続", "改善・見直し", "縮小", "休止・廃止");
        // the hidden year the form does not show stays stored
        assertThat(evaluations.get(ref(sheet.number())).content().cost(YEAR + 1).general())
                .isEqualTo(5_000_000L);
    }

    private static byte[] edit(byte[] workbook, String cell, String value) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet ws = wb.getSheet(WORKSHEET);
            var at = new org.apache.poi.ss.util.CellReference(cell);
            var row = ws.getRow(at.getRow()) == null ? ws.createRow(at.getRow()) : ws.getRow(at.getRow());
            var c = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
            c.setCellValue(value);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
