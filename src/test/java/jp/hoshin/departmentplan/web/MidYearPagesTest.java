package jp.hoshin.departmentplan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.MidYearState;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
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

/** The mid-year check's pages: who may do what, messages next to the fields, the public page, the CSV and the API. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MidYearPagesTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2004;
    private static final PlanReference KIKAKU = new PlanReference(MITAKA, YEAR, "kikaku");
    private static final String PAGE = "/staff/m/132047/2004/plans/kikaku/midyear/1";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    MidYearChecks checks;

    @Autowired
    FiscalYears fiscalYears;

    @BeforeEach
    void finalisedPlan() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        DepartmentPlanView plan = plans.startDraft(KIKAKU);
        plan = plans.addProject(
                KIKAKU, plan.version(), new ProjectContent("ホームページリニューアル", null, null, false, List.of(), null));
        plan = plans.addProject(
                KIKAKU, plan.version(), new ProjectContent("基幹系システム再構築", null, null, false, List.of(), null));
        plan = workflow.submit(KIKAKU, plan.version(), "u");
        plan = workflow.startConsultation(KIKAKU, plan.version(), "u");
        workflow.finalizeAfterConsultation(KIKAKU, plan.version(), "u");
    }

    private MvcResult record(String user, String comment) throws Exception {
        return mvc.perform(post(PAGE)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, user))
                        .param("number", "1", "2")
                        .param("status", "順調", "遅れ")
                        .param("comment", comment, "業者選定が遅れています")
                        .param("values", "アクセス件数　１８０，０００件", ""))
                .andReturn();
    }

    private Document page(String path, String user, Cookie session) throws Exception {
        var request = get(path).with(StaffUsers.as(signIns, user));
        if (session != null) {
            request = request.cookie(session);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedSendBackComesBackWithItsReasonAsTyped() throws Exception {
        record("mitaka-kikaku", "順調に進んでいます");
        MidYearChecks.Sheet sheet = checks.sheet(KIKAKU, 1);
        mvc.perform(post(PAGE + "/submit")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(sheet.version())))
                .andExpect(status().is3xxRedirection());
        MvcResult refused = mvc.perform(post(PAGE + "/send-back")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", "99")
                        .param("reason", "実績の数値を見直してください"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        Document shown = page(PAGE, "mitaka-admin", refused.getResponse().getCookie("SESSION"));
        assertThat(shown.select("[role=alert]").text()).isNotBlank();
        assertThat(shown.selectFirst("textarea#reason").val()).isEqualTo("実績の数値を見直してください");
        assertThat(checks.sheet(KIKAKU, 1).state()).isEqualTo(MidYearState.SUBMITTED);
    }

    @Test
    void theDepartmentRecordsAndSubmitsThePlanningSectionConfirmsAndPublishes() throws Exception {
        assertThat(record("mitaka-kikaku", "順調に進んでいます").getResponse().getRedirectedUrl())
                .isEqualTo(PAGE);
        MidYearChecks.Sheet sheet = checks.sheet(KIKAKU, 1);
        assertThat(sheet.state()).isEqualTo(MidYearState.DRAFT);
        assertThat(sheet.entries().getFirst().valuesSoFar()).isEqualTo("アクセス件数　１８０，０００件");

        Document shown = page(PAGE, "mitaka-kikaku", null);
        assertThat(shown.select("select#status-2 option[selected]").text()).isEqualTo("遅れ");
        assertThat(shown.select("form[action$=/submit]")).hasSize(1);
        assertThat(shown.select("form[action$=/confirm]")).isEmpty();

        mvc.perform(post(PAGE + "/submit")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(sheet.version())))
                .andExpect(status().is3xxRedirection());
        sheet = checks.sheet(KIKAKU, 1);
        assertThat(sheet.state()).isEqualTo(MidYearState.SUBMITTED);
        mvc.perform(post(PAGE + "/confirm")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(sheet.version())))
                .andExpect(status().isForbidden());
        MvcResult refused = mvc.perform(post(PAGE + "/send-back")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", String.valueOf(sheet.version()))
                        .param("reason", ""))
                .andReturn();
        assertThat(refused.getFlashMap().get("reasonProblem")).isEqualTo("差し戻しの理由を入力してください。");
        for (String step : List.of("confirm", "publish")) {
            mvc.perform(post(PAGE + "/" + step)
                            .with(csrf())
                            .with(StaffUsers.as(signIns, "mitaka-admin"))
                            .param(
                                    "version",
                                    String.valueOf(checks.sheet(KIKAKU, 1).version())))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(checks.sheet(KIKAKU, 1).state()).isEqualTo(MidYearState.PUBLISHED);

        Document overview = page("/staff/m/132047/2004/midyear", "mitaka-review", null);
        assertThat(overview.select("tbody tr").first().text()).contains("企画部", "公表", "企画部 編集担当（デモ）");

        // the public page: counts per department and overall, each project's status and comment
        Document pub = Jsoup.parse(mvc.perform(get("/m/132047/2004/midyear?after=published"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(pub.select("h1").text()).isEqualTo("平成16（2004）年度 中間確認");
        assertThat(pub.text()).contains("2事業のうち1事業が予定通りに進んでいます。", "業者選定が遅れています");
        assertThat(pub.select("table").first().select("thead th").eachText())
                .containsExactly("部", "順調", "概ね順調", "遅れ", "未着手", "事業数");
        assertThat(pub.select("table").first().select("tfoot td").eachText()).containsExactly("1", "0", "1", "0", "2");

        // (a query the page does not read keeps the public page cache out of this rolled-back test)
        String csv = mvc.perform(
                        get("/api/v1/municipalities/132047/fiscal-years/2004/midyear-checks.csv?after=published"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).contains("団体コード,団体名,年度");
        assertThat(csv).contains("132047,三鷹市,2004,平成16年度,1,上半期,2004-09-30,kikaku,企画部,1,ホームページリニューアル,順調,○,順調に進んでいます");
        String json = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2004/midyear-checks?after=published"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"label\":\"上半期\"", "\"onSchedule\":1", "\"departmentName\":\"企画部\"");
    }

    @Test
    void notPublishedChecksStayOffThePublicPageAndTheCsv() throws Exception {
        record("mitaka-kikaku", "順調に進んでいます");
        String pub = mvc.perform(get("/m/132047/2004/midyear"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pub).contains("この年度の中間確認はまだ公表されていません。").doesNotContain("順調に進んでいます");
        String csv = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2004/midyear-checks.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.strip().lines()).hasSize(1);
    }

    @Test
    void anotherDepartmentsEditorAndAnotherMunicipalityAreRefused() throws Exception {
        assertThat(record("mitaka-somu", "書き換え").getResponse().getStatus()).isEqualTo(403);
        assertThat(record("sample-admin", "書き換え").getResponse().getStatus()).isEqualTo(403);
        assertThat(checks.sheet(KIKAKU, 1).state()).isEqualTo(MidYearState.NOT_STARTED);
        mvc.perform(get(PAGE).with(StaffUsers.as(signIns, "sample-admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/m/132047/2004/midyear").with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/m/132047/2004/midyear/checkpoints")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("number", "1")
                        .param("label", "上半期")
                        .param("referenceDate", "2004-09-30"))
                .andExpect(status().isForbidden());
        Document viewer = page(PAGE, "mitaka-viewer", null);
        assertThat(viewer.select("#content form[method=post]"))
                .as("a viewer reads only")
                .isEmpty();
    }

    @Test
    void aTooLongCommentComesBackNextToItsFieldWithWhatWasTyped() throws Exception {
        MvcResult refused = record("mitaka-kikaku", "あ".repeat(2001));
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("入力内容に誤りがあります。各項目のメッセージを確認してください。");
        assertThat(checks.sheet(KIKAKU, 1).state()).as("nothing saved").isEqualTo(MidYearState.NOT_STARTED);
        Document shown = page(PAGE, "mitaka-kikaku", refused.getResponse().getCookie("SESSION"));
        assertThat(shown.select("#comment-1-error").text()).isEqualTo("説明は2,000文字以内で入力してください（現在2,001文字）。");
        assertThat(shown.select("#comment-1").attr("aria-describedby")).isEqualTo("comment-1-error");
        assertThat(shown.select("#comment-2").text()).isEqualTo("業者選定が遅れています");
    }

    @Test
    void aCheckpointAfterTheYearsEndIsRefusedNextToTheDate() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/m/132047/2004/midyear/checkpoints")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("number", "0")
                        .param("label", "年度末")
                        .param("referenceDate", "令和１７年４月１日"))
                .andReturn();
        @SuppressWarnings("unchecked")
        Map<String, String> problems =
                (Map<String, String>) refused.getFlashMap().get("checkpointProblems");
        assertThat(problems).containsEntry("referenceDate", "基準日は平成16（2004）年度の中の日にしてください（年度の末日は平成17（2005）年3月31日です）。");
        Document shown = page(
                "/staff/m/132047/2004/midyear",
                "mitaka-admin",
                refused.getResponse().getCookie("SESSION"));
        assertThat(shown.select("#date-0-error").text()).startsWith("基準日は平成16（2004）年度の中の日にしてください");
        assertThat(shown.select("#date-0").val()).isEqualTo("令和１７年４月１日");
        assertThat(shown.select("#label-0").val()).isEqualTo("年度末");
    }

    @Test
    void theComparePageMarksWhatChangedAndTheMayorsOfficeMayReadIt() throws Exception {
        DepartmentPlanView plan = plans.find(KIKAKU).orElseThrow();
        plan = workflow.startRevision(KIKAKU, plan.version(), "mitaka-kikaku", "事業の追加");
        plans.addProject(KIKAKU, plan.version(), new ProjectContent("オープンデータ", null, null, false, List.of(), null));
        Document compare = page("/staff/m/132047/2004/plans/kikaku/compare", "mitaka-review", null);
        assertThat(compare.text()).contains("確定版 と 現在の内容（作成中） の比較", "＋ 追加 オープンデータ");
        Document years = page("/staff/m/132047/2004/plans/kikaku/compare?with=2003", "mitaka-review", null);
        assertThat(years.text()).contains("平成15（2003）年度 と 平成16（2004）年度 の比較", "－ 削除 三鷹市ホームページリニューアル事業");
    }
}
