package jp.hoshin.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.hoshin.StaffUsers;
import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.DefinitionDraft;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldKind;
import jp.hoshin.customfield.FieldTarget;
import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.FutureDirection;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 独自項目 on evaluation sheets: written on the staff page (wrong values refused with the field named, nothing saved),
 * frozen at 公表 and read by citizens on the page, in the PDF and the CSV as they were published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SheetExtraFieldsTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2011;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReview review;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    CustomFields fields;

    @BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
        evaluations.setLaborUnitCost(MITAKA, YEAR, 8_000_000L);
    }

    @Test
    void valuesAreCheckedOnTheStaffPageFrozenAtPublicationAndShownAsPublished() throws Exception {
        FieldDefinitionView number = fields.define(
                MITAKA,
                FieldTarget.EVALUATION_SHEET,
                new DefinitionDraft("分類番号", FieldKind.NUMBER, List.of(), true, 1, null));
        FieldDefinitionView article = fields.define(
                MITAKA,
                FieldTarget.EVALUATION_SHEET,
                new DefinitionDraft("自治基本条例の関連条項", FieldKind.CHOICE, List.of("第3条", "第12条"), false, 2, null));
        EvaluationSheetView sheet =
                evaluations.create(MITAKA, YEAR, "kikaku", SheetContent.named("市民参加の推進", null), "mitaka-admin");
        SheetReference ref = new SheetReference(MITAKA, YEAR, sheet.number());
        String page = "/staff/m/" + MITAKA + "/" + YEAR + "/evaluations/" + sheet.number();

        MvcResult refused = mvc.perform(post(page + "/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", String.valueOf(sheet.version()))
                        .param(number.parameter(), "")
                        .param(article.parameter(), "第99条"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError").toString())
                .contains("分類番号を入力してください。", "自治基本条例の関連条項は次のいずれかを入力してください：第3条、第12条");
        assertThat(fields.values(FieldTarget.EVALUATION_SHEET, sheet.id())).isEmpty();

        mvc.perform(post(page + "/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", String.valueOf(sheet.version()))
                        .param(number.parameter(), "３０２")
                        .param(article.parameter(), "第12条"))
                .andExpect(status().is3xxRedirection());
        assertThat(fields.values(FieldTarget.EVALUATION_SHEET, sheet.id()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(number.id(), "302", article.id(), "第12条"));
        EvaluationSheetView saved = evaluations.get(ref);
        assertThat(saved.version())
                .as("the sheet's version guards its extra fields")
                .isGreaterThan(sheet.version());

        Document staff = Jsoup.parse(mvc.perform(get(page).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(staff.getElementById("sheet-extra-" + number.id()).val()).isEqualTo("302");

        sheet = review.recordFirstAssessment(
                ref,
                saved.version(),
                new Assessment(
                        Rating.A,
                        "市の役割",
                        Rating.B,
                        "計画どおり",
                        Rating.B,
                        "効率的",
                        FutureDirection.CONTINUE.label(),
                        "改善",
                        ""));
        sheet = review.submitFirstEvaluation(ref, sheet.version(), "u");
        sheet = review.finalizeEvaluation(ref, sheet.version(), "u");
        review.publish(ref, sheet.version(), "u");

        // renamed after publication: what was published keeps its label
        fields.change(
                MITAKA,
                number.id(),
                number.version(),
                new DefinitionDraft("事業分類", FieldKind.NUMBER, List.of(), true, 1, null));

        Document pub = Jsoup.parse(mvc.perform(get("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + ref.number()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(pub.select("table.sheet-basics").text())
                .contains("分類番号 302", "自治基本条例の関連条項 第12条")
                .doesNotContain("事業分類");

        byte[] pdf = mvc.perform(get("/m/" + MITAKA + "/" + YEAR + "/evaluations/" + ref.number() + "/evaluation.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("分類番号302", "自治基本条例の関連条項第12条");
        }

        String csv = mvc.perform(get("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/evaluations.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).endsWith("説明用の架空データ,分類番号,自治基本条例の関連条項");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("市民参加の推進").endsWith(",302,第12条"));
    }

    @Autowired
    jp.hoshin.evaluation.workbook.SheetWorkbooks workbooks;

    @Test
    void theWorkbookCarriesTheFieldsBelowEachSheetAndChecksThemOnTheWayIn() throws Exception {
        FieldDefinitionView rank = fields.define(
                MITAKA,
                FieldTarget.EVALUATION_SHEET,
                new DefinitionDraft("重点区分", FieldKind.CHOICE, List.of("A", "B"), false, 1, null));
        EvaluationSheetView sheet =
                evaluations.create(MITAKA, YEAR, "kikaku", SheetContent.named("市民参加の推進", null), "mitaka-admin");
        byte[] exported = workbooks.export(MITAKA, YEAR, s -> true);
        String worksheet;
        int labelRow;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            worksheet = null;
            for (var candidate : book) {
                for (var row : candidate) {
                    if (row.getCell(0) != null && "重点区分".equals(row.getCell(0).toString())) {
                        worksheet = candidate.getSheetName();
                    }
                }
            }
            assertThat(worksheet).as("a worksheet with the field's row").isNotNull();
            var target = book.getSheet(worksheet);
            int found = -1;
            for (var row : target) {
                if (row.getCell(0) != null && "重点区分".equals(row.getCell(0).toString())) {
                    found = row.getRowNum();
                }
            }
            labelRow = found;
            assertThat(target.getRow(labelRow - 1).getCell(0).toString()).isEqualTo("独自項目");
        }

        byte[] wrong = set(exported, worksheet, labelRow, "Z");
        var refused = workbooks.importWorkbook(MITAKA, YEAR, wrong, s -> true);
        assertThat(refused.problems().stream().map(jp.hoshin.shared.exchange.ExchangeProblem::text))
                .contains("「" + worksheet + "」シート " + (labelRow + 1) + "行目 B列: 重点区分は次のいずれかを入力してください：A、B");
        assertThat(fields.values(FieldTarget.EVALUATION_SHEET, sheet.id())).isEmpty();

        var accepted = workbooks.importWorkbook(MITAKA, YEAR, set(exported, worksheet, labelRow, "Ｂ"), s -> true);
        assertThat(accepted.problems()).isEmpty();
        assertThat(fields.values(FieldTarget.EVALUATION_SHEET, sheet.id())).containsEntry(rank.id(), "B");
        assertThat(accepted.changed()).contains(sheet.number());
    }

    private static byte[] set(byte[] workbook, String worksheet, int row, String value) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            book.getSheet(worksheet).getRow(row).getCell(1).setCellValue(value);
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
