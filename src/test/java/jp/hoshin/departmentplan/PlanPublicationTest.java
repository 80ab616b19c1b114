package jp.hoshin.departmentplan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.shared.Csv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The published plans as documents: the PDF booklet and the open-data CSV, read as a reader's software reads them. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanPublicationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBookletHasEveryPublishedPlanWithEmbeddedFontsContentsAndBookmarks() throws Exception {
        byte[] pdf = mvc.perform(get("/m/132047/2017/plans.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/plan-booklet-132047-2017.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("各部の運営方針と目標", "三鷹市", "平成29（2017）年度", "目次", "企画部", "総務部", "健康福祉部")
                    .contains("窓口対応に関する職場研修を実施し");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("目次", "企画部", "総務部", "健康福祉部");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(bookmarks.size() + 1);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
        }
        byte[] again = mvc.perform(get("/m/132047/2017/plans.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(again).as("the issued copy is served again, not a new one").isEqualTo(pdf);
        assertThat(jdbc.sql("select count(*) from issued_document where key = 'department-plans/132047/2017.pdf'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theBookletCarriesTheDayItsContentWasPublishedNotTheDayItIsPrinted() throws Exception {
        String the2017Plans = "select p.id from department_plan p join fiscal_year f on f.id = p.fiscal_year_id"
                + " join municipality m on m.id = f.municipality_id where m.code = '132047' and f.start_year = 2017";
        jdbc.sql("update department_plan_step set taken_at = timestamptz '2017-04-28 10:00:00+09'"
                        + " where to_status = 'PUBLISHED' and plan_id in (" + the2017Plans + ")")
                .update();
        jdbc.sql("update department_plan set policies = null where id in (" + the2017Plans + ")")
                .update();
        // one plan published later, just after midnight in Japan: 10 May there, still 9 May in UTC
        jdbc.sql("update department_plan_step set taken_at = timestamptz '2017-05-10 00:30:00+09' where id ="
                        + " (select min(id) from department_plan_step where to_status = 'PUBLISHED'"
                        + " and plan_id in (" + the2017Plans + "))")
                .update();
        byte[] pdf = mvc.perform(get("/m/132047/2017/plans.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // the plan published last dates the booklet, in Japan's calendar
            assertThat(text).contains("平成29（2017）年5月10日発行").doesNotContain("年4月28日発行");
            // what a department left empty (here: every 実施方針) is left out, not printed as a bare heading with a dash
            assertThat(text).doesNotContain("実施方針—");
        }
    }

    @Autowired
    jp.hoshin.fiscalyear.FiscalYears fiscalYears;

    @Test
    void aYearWithoutPublishedPlansHasNoBooklet() throws Exception {
        fiscalYears.open("132047", jp.hoshin.fiscalyear.FiscalYear.of(2004), "test");
        String page = mvc.perform(get("/m/132047/2004/plans.pdf"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("公表している運営方針と目標はまだありません")
                .doesNotContain("null | ", "th:text")
                .containsPattern("<title>[^<]+ \\| 三鷹市</title>");
    }

    @Test
    void theHeisei15PlansOfSeed001ArePublishedWithTheirStructuredTargets() throws Exception {
        byte[] pdf = mvc.perform(get("/m/132047/2003/plans.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/plan-booklet-132047-2003.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(
                            "効率的な市政運営と健全な財政運営、地域情報化の推進",
                            "三鷹市ホームページリニューアル事業",
                            "平成15年度末にホームページのアクセス件数330,000件",
                            "教育・子育て、生涯学習、文化のまちづくり");
        }
        String csv = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2003/department-plans.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Csv.read(csv))
                .anySatisfy(row -> assertThat(row)
                        .containsSequence(
                                "平成15年度末にホームページのアクセス件数330,000件の実現を目指します。",
                                "ホームページのアクセス件数",
                                "330000",
                                "件",
                                "2004-03-31"));
    }

    @Test
    void theOpenDataCsvHasOneRowPerTargetWithPublishedResults() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/municipalities/990001/fiscal-years/2024/department-plans.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith(Csv.BOM);
        List<List<String>> rows = Csv.read(text);
        assertThat(rows.getFirst())
                .hasSize(22)
                .startsWith("団体コード", "団体名", "年度", "年度（和暦）", "部コード", "部名", "事業番号", "事業名")
                .endsWith("実績値", "結果", "結果の説明", "関連要素ID");
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row).hasSize(rows.getFirst().size());
            assertThat(row.get(0)).isEqualTo("990001");
            assertThat(row.get(3)).isEqualTo("令和6年度");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(7)).isEqualTo("イベントの見直しについて方向性を固めます！");
            assertThat(row.get(19)).isEqualTo("達成");
        });
    }
}
