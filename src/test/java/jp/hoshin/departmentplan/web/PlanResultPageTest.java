package jp.hoshin.departmentplan.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.organization.Organization;
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

/** Recording a project's result on the staff page: a refused result comes back with what was typed, and nothing is saved. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanResultPageTest {

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
    PlanWorkflow workflow;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Organization organization;

    @BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
    }

    private DepartmentPlanView finalized() {
        DepartmentPlanView plan = plans.startDraft(PLAN);
        plan = plans.addProject(
                PLAN,
                plan.version(),
                new ProjectContent(
                        "ごみの減量",
                        "ごみ対策課",
                        null,
                        true,
                        List.of(new TargetIndicator(
                                "資源化率30%", "資源化率", new BigDecimal("30"), "%", null, null, null, null)),
                        null));
        plan = workflow.submit(PLAN, plan.version(), "u");
        plan = workflow.startConsultation(PLAN, plan.version(), "u");
        return workflow.finalizeAfterConsultation(PLAN, plan.version(), "u");
    }

    private String page() {
        return "/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode();
    }

    @Test
    void aResultWithoutAChoiceIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        DepartmentPlanView plan = finalized();
        MvcResult refused = mvc.perform(post(page() + "/projects/1/result")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", String.valueOf(plan.version()))
                        .param("result", "")
                        .param("explanation", "分別の周知を続けました")
                        .param("actual", "２８．５"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("個別事業 1 の結果を選んでください（達成・一部達成・着手・未達成）。");
        assertThat(plans.find(PLAN).orElseThrow().projects().getFirst().result())
                .isNull();

        // the flash travels in the (database) session, as between two requests of a browser
        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        Document shown = Jsoup.parse(mvc.perform(
                        get(page()).with(StaffUsers.as(signIns, "mitaka-admin")).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.text()).contains("個別事業 1 の結果を選んでください（達成・一部達成・着手・未達成）。");
        assertThat(shown.select("#explanation-1").val()).isEqualTo("分別の周知を続けました");
        assertThat(shown.select("#actual-1-1").val()).isEqualTo("２８．５");
        assertThat(shown.select("#result-1 option[selected]").text()).isEqualTo("選んでください");
    }

    @Test
    void aChosenResultIsRecordedWithItsActualValue() throws Exception {
        DepartmentPlanView plan = finalized();
        MvcResult recorded = mvc.perform(post(page() + "/projects/1/result")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", String.valueOf(plan.version()))
                        .param("result", "一部達成")
                        .param("explanation", "")
                        .param("actual", "２８．５"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(recorded.getFlashMap().get("flash")).isEqualTo("個別事業 1 の結果を「一部達成」として記録しました。");
        var project = plans.find(PLAN).orElseThrow().projects().getFirst();
        assertThat(project.result()).isEqualTo("一部達成");
        assertThat(project.targets().getFirst().actualValue()).isEqualByComparingTo("28.5");
    }

    @Test
    void aProjectsSectionIsChosenFromTheDepartmentsSections() throws Exception {
        var department = organization.department(MITAKA, YEAR, PLAN.departmentCode());
        organization.describe(
                MITAKA, YEAR, department.code(), department.version(), department.profile(), List.of("ごみ対策課", "環境政策課"));
        plans.startDraft(PLAN);
        Document page = Jsoup.parse(mvc.perform(get(page()).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#leadSection").attr("list")).isEqualTo("department-sections");
        assertThat(page.select("datalist#department-sections option").eachAttr("value"))
                .containsExactly("ごみ対策課", "環境政策課");
    }
}
