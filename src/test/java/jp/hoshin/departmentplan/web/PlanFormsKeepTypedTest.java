package jp.hoshin.departmentplan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department plan page's forms (content, a new project, a project and its targets): a refused save comes back on
 * the page with what was typed in that form — not in the page's other forms — and nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanFormsKeepTypedTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2008;
    private static final PlanReference PLAN = new PlanReference(MITAKA, YEAR, "seikatsu-kankyo");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    FiscalYears fiscalYears;

    @BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
    }

    private String page() {
        return "/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode();
    }

    private DepartmentPlanView draftWithAProject() {
        DepartmentPlanView plan = plans.startDraft(PLAN);
        return plans.addProject(
                PLAN, plan.version(), new ProjectContent("ごみの減量", "ごみ対策課", "分別の周知", false, List.of(), null));
    }

    /** Posts as the planning section's administrator; returns the page shown after the redirect, in the same session. */
    private Document refusedThenShown(MockHttpServletRequestBuilder post) throws Exception {
        MvcResult refused = mvc.perform(post.with(csrf()).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isNotNull();
        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return Jsoup.parse(mvc.perform(
                        get(page()).with(StaffUsers.as(signIns, "mitaka-admin")).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedContentFormComesBackAsTyped() throws Exception {
        DepartmentPlanView plan = draftWithAProject();
        Document shown = refusedThenShown(post(page() + "/content")
                .param("version", String.valueOf(plan.version()))
                .param("departmentVersion", "0")
                .param("missionHeadline", "安全で快適なまち")
                .param("mission", "ごみを減らす\n緑を守る")
                .param("sectionRoles", "")
                .param("staffCount", "たくさん")
                .param("budgetYen", "１，０００")
                .param("policies", "分別を広める"));

        assertThat(shown.select("#missionHeadline").val()).isEqualTo("安全で快適なまち");
        assertThat(shown.selectFirst("textarea#mission").val()).isEqualTo("ごみを減らす\n緑を守る");
        assertThat(shown.select("#staffCount").val()).isEqualTo("たくさん");
        // the message is next to the field that was wrong (and in the banner), the field points at it
        String message = "職員数は0以上の整数で入力してください（全角数字・桁区切りのカンマも使えます）。";
        assertThat(shown.select("#staffCount-error").text()).isEqualTo(message);
        assertThat(shown.select("#staffCount").attr("aria-describedby")).isEqualTo("staffCount-error");
        assertThat(shown.select("[role=alert]").text()).contains(message);
        assertThat(shown.select("#budgetYen-error")).isEmpty();
        assertThat(shown.select("#budgetYen").val()).isEqualTo("１，０００");
        assertThat(shown.selectFirst("textarea#policies").val()).isEqualTo("分別を広める");
        // the project's own form still shows the saved project
        assertThat(shown.select("#title-1").val()).isEqualTo("ごみの減量");
        assertThat(plans.find(PLAN).orElseThrow().content().missionHeadline()).isNotEqualTo("安全で快適なまち");
    }

    @Test
    void aRefusedProjectFormComesBackAsTypedWithItsTargetRows() throws Exception {
        DepartmentPlanView plan = draftWithAProject();
        Document shown = refusedThenShown(post(page() + "/projects/1")
                .param("version", String.valueOf(plan.version()))
                .param("title", "ごみの減量と資源化")
                .param("leadSection", "ごみ対策課")
                .param("description", "説明を変えた")
                .param("main", "true")
                .param("targetText", "資源化率30%")
                .param("targetMeasure", "資源化率")
                .param("targetValue", "三十")
                .param("targetUnit", "%")
                .param("targetDeadline", "")
                .param("baselineValue", "")
                .param("baselineYear", ""));

        assertThat(shown.select("#title-1").val()).isEqualTo("ごみの減量と資源化");
        assertThat(shown.selectFirst("textarea#desc-1").val()).isEqualTo("説明を変えた");
        assertThat(shown.select("#main-1").hasAttr("checked")).isTrue();
        assertThat(shown.select("#tt-1-new").val()).isEqualTo("資源化率30%");
        assertThat(shown.select("#tv-1-new").val()).isEqualTo("三十");
        assertThat(shown.select("#tv-1-new-error").text()).isEqualTo("目標指標1行目の目標値は数値で入力してください（全角数字・桁区切りのカンマも使えます）。");
        assertThat(shown.select("#tv-1-new").attr("aria-invalid")).isEqualTo("true");
        assertThat(plans.find(PLAN).orElseThrow().projects().getFirst().title()).isEqualTo("ごみの減量");
    }

    @Test
    void aRefusedNewProjectComesBackAsTyped() throws Exception {
        DepartmentPlanView plan = draftWithAProject();
        Document shown = refusedThenShown(post(page() + "/projects")
                .param("version", String.valueOf(plan.version()))
                .param("title", "")
                .param("leadSection", "環境政策課")
                .param("description", "新しい事業の内容")
                .param("targets", "緑被率を上げる"));

        assertThat(shown.select("#leadSection").val()).isEqualTo("環境政策課");
        assertThat(shown.select("#title-error").text()).isEqualTo("個別事業の名称を入力してください。");
        assertThat(shown.selectFirst("textarea#description").val()).isEqualTo("新しい事業の内容");
        assertThat(shown.selectFirst("textarea#targets").val()).isEqualTo("緑被率を上げる");
        assertThat(plans.find(PLAN).orElseThrow().projects()).hasSize(1);
    }
}
