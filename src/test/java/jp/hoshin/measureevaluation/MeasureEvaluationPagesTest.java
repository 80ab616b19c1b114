package jp.hoshin.measureevaluation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.measureevaluation.ExternalReviews.MeasureReview;
import jp.hoshin.measureevaluation.ExternalReviews.Recommendation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 施策評価 on the pages, against the demo data (三鷹市 令和2年度, 施策 K1-1 国際化の推進 of 企画部; changes roll back): who may
 * write what, a form that refuses bad input keeps it and saves nothing, one sheet through every stage to the public
 * page, its PDF and the CSV, with the external committee's part from a test implementation of {@link ExternalReviews}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(MeasureEvaluationPagesTest.Committee.class)
class MeasureEvaluationPagesTest {

    static final String STAFF = "/staff/m/132047/2020/measure-evaluations";
    static final String SHEET = STAFF + "/kihon-keikaku-4/K1-1";
    static final String PUBLIC = "/m/132047/2020/measure-evaluations";

    /** The committee module's part as a test gives it: a rating and 提言 for K1-1 only. */
    @TestConfiguration
    static class Committee {
        @Bean
        ExternalReviews externalReviews() {
            return (code, year, measureId) -> new MeasureReview(
                    "Ｂ（概ね順調）",
                    List.of(new Recommendation(1, year, "外国籍の子どもへの支援を広げること", "令和3年度から教室を増やします", "", "", true)),
                    List.of(new Recommendation(
                            2, year - 1, "多言語の情報発信を強めること", "やさしい日本語を使います", "対応中", "ホームページを改修中", true)));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    MeasureEvaluations evaluations;

    @Autowired
    MeasureEvaluationSettings settings;

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(StaffUsers.as(signIns, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult first(
            String user, String progress, String results, String direction, boolean submit, long version)
            throws Exception {
        return mvc.perform(post(SHEET + "/first")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, user))
                        .param("version", Long.toString(version))
                        .param("progress", progress)
                        .param("resultsAndIssues", results)
                        .param("direction", direction)
                        .param("submit", Boolean.toString(submit)))
                .andReturn();
    }

    private MeasureEvaluationView current() {
        return evaluations
                .sheet(new MeasureReference("132047", 2020, "kihon-keikaku-4", "K1-1"))
                .evaluation();
    }

    private void step(String user, String step, String comment, int expected) throws Exception {
        mvc.perform(post(SHEET + "/" + step)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, user))
                        .param("version", Long.toString(current().version()))
                        .param("comment", comment))
                .andExpect(status().is(expected));
    }

    @Test
    void theSheetShowsTheMeasureFromTheData() throws Exception {
        String html = page("mitaka-kikaku", SHEET);
        assertThat(html)
                .contains("国際化の推進")
                .contains("第4次三鷹市基本計画（第2次改定）")
                .contains("令和2（2020）年度の取組状況")
                .contains("三鷹国際交流協会")
                .contains("id=\"first-form\"")
                .doesNotContain("id=\"second-form\"")
                .contains("外部評価委員会の評価")
                .contains("多言語の情報発信を強めること");
        assertThat(page("mitaka-kikaku", STAFF)).contains("国際化の推進").contains("未着手");
    }

    @Test
    void whoMayWriteWhat() throws Exception {
        assertThat(first("mitaka-somu", "B", "x", "拡充", false, -1).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(first("mitaka-review", "B", "x", "拡充", false, -1)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(page("mitaka-review", SHEET)).doesNotContain("id=\"first-form\"");
        mvc.perform(get(SHEET)).andExpect(status().is3xxRedirection());
        mvc.perform(get(SHEET).with(StaffUsers.as(signIns, "sample-admin"))).andExpect(status().isForbidden());
        assertThat(first("mitaka-kikaku", "B", "成果あり", "拡充", true, -1)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.SECOND);
        // submitted: the department no longer writes, the planning section reviews
        assertThat(first("mitaka-kikaku", "C", "x", "拡充", false, current().version())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(post(SHEET + "/second")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", Long.toString(current().version()))
                        .param("rating", "A"))
                .andExpect(status().isForbidden());
        step("mitaka-review", "finalize", "", 403);
        step("mitaka-kikaku", "send-back", "直してください", 403);
    }

    @Test
    void badInputComesBackWithMessagesAndSavesNothing() throws Exception {
        MvcResult r = first("mitaka-kikaku", "Z", "成果は途中まで", "", true, -1);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("id=\"progress-error\"")
                .contains("「Z」は一覧にありません（選べるもの：A / B / C / D）。")
                .contains("今後の方向性を選んでください。")
                .contains("成果は途中まで");
        assertThat(current().started()).isFalse();

        first("mitaka-kikaku", "B", "成果", "拡充", true, -1);
        MvcResult second = mvc.perform(post(SHEET + "/second")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(current().version()))
                        .param("rating", "A")
                        .param("comment", "順調")
                        .param("importance", "１２０")
                        .param("satisfaction", "abc"))
                .andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        assertThat(second.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("市民意識調査 重要度は0から100までの数（小数第2位まで）で入力してください。")
                .contains("市民意識調査 満足度は0から100までの数（小数第2位まで）で入力してください。")
                .contains("value=\"１２０\"")
                .contains(">順調</textarea>");
        assertThat(current().second().rating()).isNull();
    }

    @Test
    void aStaleFormIsRefused() throws Exception {
        first("mitaka-kikaku", "B", "成果", "拡充", false, -1);
        MvcResult stale = first("mitaka-kikaku", "C", "古い画面から", "拡充", false, -1);
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("古い画面から");
        assertThat(current().first().progress()).isEqualTo("B");
    }

    @Test
    void oneSheetThroughEveryStageToThePublicPagePdfAndCsv() throws Exception {
        settings.useCommittee("132047", 2020, true, -1);
        first("mitaka-kikaku", "B", "交流事業を再開した。多言語対応が課題。", "レベルアップ", true, -1);
        mvc.perform(post(SHEET + "/second")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(current().version()))
                        .param("rating", "B")
                        .param("comment", "感染症下でよく工夫した")
                        .param("importance", "64.2")
                        .param("satisfaction", "41"))
                .andExpect(status().is3xxRedirection());
        step("mitaka-admin", "finalize", "", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.SECOND); // refused: the committee comes first
        step("mitaka-admin", "to-committee", "", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.EXTERNAL);
        step("mitaka-admin", "finalize", "", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.FINALIZED);
        mvc.perform(get(PUBLIC + "/kihon-keikaku-4/K1-1")).andExpect(status().isNotFound());
        step("mitaka-admin", "publish", "", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.PUBLISHED);
        assertThat(evaluations.steps(current().reference()))
                .extracting(MeasureEvaluationStepView::to)
                .containsExactly(
                        MeasureEvaluationStage.SECOND,
                        MeasureEvaluationStage.SECOND,
                        MeasureEvaluationStage.EXTERNAL,
                        MeasureEvaluationStage.FINALIZED,
                        MeasureEvaluationStage.PUBLISHED);

        String sheet = mvc.perform(get(PUBLIC + "/kihon-keikaku-4/K1-1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet)
                .contains("交流事業を再開した。多言語対応が課題。")
                .contains("感染症下でよく工夫した")
                .contains("64.2")
                .contains("Ｂ（概ね順調）")
                .contains("外国籍の子どもへの支援を広げること")
                .contains("令和3年度から教室を増やします")
                .contains("ホームページを改修中");
        String index = mvc.perform(get(PUBLIC))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(index).contains("国際化の推進").doesNotContain("平和・人権施策の推進");

        byte[] pdf = mvc.perform(get(PUBLIC + "/kihon-keikaku-4/K1-1/sheet.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.write(java.nio.file.Path.of("target/measure-evaluation-sheet.pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("国際化の推進").contains("外国籍の子どもへの支援を広げること");
        }

        byte[] csv = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2020/measure-evaluations.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF年度,計画ID,計画,要素ID,施策,");
        List<String> lines = text.lines().filter(l -> l.contains(",K1-1,")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .startsWith("2020,kihon-keikaku-4,第4次三鷹市基本計画（第2次改定）,K1-1,第1 国際化の推進,")
                .contains(",64.2,41,B,交流事業を再開した。多言語対応が課題。,レベルアップ,B,感染症下でよく工夫した,Ｂ（概ね順調）,0,");

        // a revision keeps the published entries for citizens
        step("mitaka-admin", "revise", "", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.PUBLISHED);
        step("mitaka-admin", "revise", "満足度の数字を訂正", 302);
        assertThat(current().stage()).isEqualTo(MeasureEvaluationStage.SECOND);
        mvc.perform(get(PUBLIC + "/kihon-keikaku-4/K1-1")).andExpect(status().isOk());
    }
}
