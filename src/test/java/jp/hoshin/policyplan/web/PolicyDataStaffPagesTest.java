package jp.hoshin.policyplan.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.policyplan.PolicyDataImport;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.SourceTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning section's download and upload of plan data, and a department writing its progress text. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PolicyDataStaffPagesTest {

    private static final String BASE = "/staff/m/132047/policy";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    PolicyPlans plans;

    @Test
    void theDownloadedWorkbookUploadedAgainChangesNothing() throws Exception {
        byte[] xlsx = mvc.perform(get(BASE + "/export.xlsx").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile("files", "計画データ.xlsx", null, xlsx))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("変更はありませんでした")));
    }

    @Test
    void aShiftJisCsvFromExcelIsReadAndAnErrorIsShownWithItsPlace() throws Exception {
        String csv = "指標ID,年度,値\r\nI-K1-1-1,令和3年度,210000\r\nI-K1-1-2,令和3年度,二百八十\r\n";
        String page = mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile(
                                "files", "2021年度.csv", "text/csv", csv.getBytes(Charset.forName("windows-31j"))))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("role=\"alert\"", "「指標値」（2021年度.csv） 3行目 C列「値」: 値は数値だけを入力してください");
        assertThat(plans.indicatorsOf("132047", "kihon-keikaku-4")
                        .get("K1-1")
                        .getFirst()
                        .value(2021))
                .isEmpty();
    }

    @Test
    void aDepartmentWritesTheProgressTextOfItsMeasure() throws Exception {
        mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", "-1")
                        .param("body", "多文化共生センター（仮称）の整備に向けて、基本的な考え方をまとめた。"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2021))
                .hasValueSatisfying(t -> assertThat(t.body()).startsWith("多文化共生センター"));
        String stale = mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", "-1")
                        .param("body", "別の内容"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("他の職員が").contains("別の内容");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHistoryOfAnIndicatorIsReadByTheCitysAdministratorsOnly() throws Exception {
        long id = jdbc.sql("select id from indicator where indicator_key = 'I-K1-1-1'")
                .query(Long.class)
                .single();
        String page = mvc.perform(get("/staff/history/Indicator/" + id).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("英語版ホームページのアクセス件数");
        mvc.perform(get("/staff/history/Indicator/" + id).with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkbookDownloadedBeforeSomeoneElsesChangeIsRefused() throws Exception {
        byte[] xlsx = mvc.perform(get(BASE + "/export.xlsx").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", "-1")
                        .param("body", "部の職員が書いた令和3年度の取組状況。"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile("files", "古い書き出し.xlsx", null, xlsx))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("このファイルを書き出した後に、ほかの職員が計画データを変更しました。");
        assertThat(plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2021))
                .hasValueSatisfying(t -> assertThat(t.body()).isEqualTo("部の職員が書いた令和3年度の取組状況。"));
    }

    @Autowired
    PolicyDataImport importer;

    @Test
    void anotherCitysShapesOnThePublicPagesAndTheApi() throws Exception {
        importer.apply(
                "132047",
                List.of(
                        new SourceTable(
                                "plans.csv",
                                List.of(
                                        List.of("計画ID", "種別", "名称", "開始年度", "終了年度", "目標年度", "基準年度", "判定区分"),
                                        List.of(
                                                "other-plan",
                                                "基本計画",
                                                "他市の総合計画",
                                                "2019",
                                                "2026",
                                                "2026",
                                                "2018",
                                                "◎=100、○=80、△=50、×"))),
                        new SourceTable(
                                "elements.csv",
                                List.of(
                                        List.of("計画ID", "要素ID", "種類", "名称"),
                                        List.of("other-plan", "O1", "施策", "生涯学習の推進"))),
                        new SourceTable(
                                "indicators.csv",
                                List.of(
                                        List.of("指標ID", "名称", "単位", "方向", "目標種別", "目標年度", "目標値", "集計"),
                                        List.of("O-visitors", "図書館の入館者数", "人", "増加", "数値", "2026", "100000", "年間"),
                                        List.of("O-score", "講座の満足度", "点", "増加", "数値", "2026", "4.0", ""))),
                        new SourceTable(
                                "placements.csv",
                                List.of(
                                        List.of("要素ID", "指標ID", "役割"),
                                        List.of("O1", "O-visitors", "目標指標"),
                                        List.of("O1", "O-score", "目標指標"))),
                        new SourceTable(
                                "values.csv",
                                List.of(
                                        List.of("指標ID", "年度", "種類", "値", "参照時点"),
                                        List.of("O-visitors", "2018", "", "60000", ""),
                                        List.of("O-visitors", "2022", "", "90000", ""),
                                        List.of("O-visitors", "2023", "中間", "40000", "令和5年9月30日"),
                                        List.of("O-visitors", "2023", "見込", "95000", ""),
                                        List.of("O-score", "2018", "", "3", ""),
                                        List.of("O-score", "2022", "", "3.50", "")))));
        String plan = mvc.perform(get("/m/132047/policy/other-plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(plan)
                .contains("「◎」100%以上、「○」80%以上、「△」50%以上、「×」それ未満と判定します。")
                .contains(">◎</span>", ">○</span>", ">△</span>", ">×</span>");
        String element = mvc.perform(get("/m/132047/policy/other-plan/O1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(element)
                .contains(">3点<", ">3.50点<", ">4.0点<")
                .contains("見込み ○")
                .contains("令和5年9月30日の値は年度途中のもののため、年間の目標とは比べていません。")
                .doesNotContain("3.00点");
        String json = mvc.perform(get("/api/v1/municipalities/132047/plans/other-plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"aggregation\":\"FLOW\"",
                        "\"kind\":\"FORECAST\"",
                        "\"label\":\"○\"",
                        "\"forecastJudgement\":{")
                .contains("\"value\":3.50");
        String csv = mvc.perform(get("/api/v1/municipalities/132047/plans/other-plan/indicators.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("O-score,講座の満足度,点,,,増加,2022,実績,3.50,")
                .contains("O-visitors,図書館の入館者数,人,,,増加,2023,中間,40000,,令和5年9月30日");
    }
}
