package jp.hoshin.departmentplan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import jp.hoshin.StaffUsers;
import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.DefinitionDraft;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldKind;
import jp.hoshin.customfield.FieldTarget;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
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
 * 独自項目 on department plans, as people use them: the planning section defines them, the department fills them in on
 * the staff page (wrong values refused next to their field with what was typed), and citizens read what was frozen at
 * 確定 on the page, in the booklet, the API and the CSV — unchanged by a later change of the definition.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlanExtraFieldsTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2009;
    private static final PlanReference PLAN = new PlanReference(MITAKA, YEAR, "kikaku");

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
    CustomFields fields;

    @BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
    }

    private String page() {
        return "/staff/m/" + MITAKA + "/" + YEAR + "/plans/kikaku";
    }

    private FieldDefinitionView define(
            FieldTarget target, String label, FieldKind kind, List<String> options, boolean required) {
        return fields.define(MITAKA, target, new DefinitionDraft(label, kind, options, required, 0, null));
    }

    private DepartmentPlanView draft() {
        DepartmentPlanView plan = plans.startDraft(PLAN);
        return plans.addProject(
                PLAN, plan.version(), new ProjectContent("地域情報化の推進", "情報推進課", null, true, List.of(), null));
    }

    @Test
    void thePlanningSectionDefinesAFieldOnTheSettingsPageAndAWrongDefinitionIsRefusedNextToItsField() throws Exception {
        MvcResult refused = mvc.perform(post("/staff/m/" + MITAKA + "/custom-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("target", "PROJECT")
                        .param("label", "重点区分")
                        .param("kind", "CHOICE")
                        .param("options", "")
                        .param("position", "１"))
                .andExpect(status().isOk())
                .andReturn();
        Document form = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#options-error").text()).isEqualTo("選択肢を1行に1つずつ入力してください。");
        assertThat(form.select("#label").val()).as("what was typed comes back").isEqualTo("重点区分");
        assertThat(fields.definitions(MITAKA)).isEmpty();

        mvc.perform(post("/staff/m/" + MITAKA + "/custom-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("target", "PROJECT")
                        .param("label", "重点区分")
                        .param("kind", "CHOICE")
                        .param("options", "A\nB\nC")
                        .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(fields.definitions(MITAKA, FieldTarget.PROJECT))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.label()).isEqualTo("重点区分");
                    assertThat(d.options()).containsExactly("A", "B", "C");
                    assertThat(d.required()).isTrue();
                });
        String list = mvc.perform(
                        get("/staff/m/" + MITAKA + "/custom-fields").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("table tbody tr").text()).contains("個別事業", "重点区分", "A、B、C");

        // a department's editor may not define fields
        mvc.perform(get("/staff/m/" + MITAKA + "/custom-fields").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongValuesAreRefusedNextToTheirFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        FieldDefinitionView weight = define(FieldTarget.PROJECT, "ウエイト", FieldKind.NUMBER, List.of(), false);
        FieldDefinitionView rank = define(FieldTarget.PROJECT, "重点区分", FieldKind.CHOICE, List.of("A", "B"), true);
        FieldDefinitionView due = define(FieldTarget.PROJECT, "完了予定日", FieldKind.DATE, List.of(), false);
        DepartmentPlanView plan = draft();

        MvcResult refused = mvc.perform(post(page() + "/projects/1/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param(weight.parameter(), "多め")
                        .param(rank.parameter(), "")
                        .param(due.parameter(), "令和2年4月1日"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError").toString()).contains("ウエイトは数値で入力してください", "重点区分を入力してください。");
        assertThat(fields.values(FieldTarget.PROJECT, plan.projects().getFirst().id()))
                .isEmpty();

        Cookie session = refused.getResponse().getCookie("SESSION");
        Document shown = Jsoup.parse(mvc.perform(get(page())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String id = "project-1-extra-" + weight.id();
        assertThat(shown.getElementById(id).val()).isEqualTo("多め");
        assertThat(shown.getElementById(id).attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.getElementById(id + "-error").text()).startsWith("ウエイトは数値で入力してください");
        assertThat(shown.getElementById("project-1-extra-" + due.id()).val()).isEqualTo("令和2年4月1日");

        mvc.perform(post(page() + "/projects/1/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param(weight.parameter(), "１，２００．５")
                        .param(rank.parameter(), "Ａ")
                        .param(due.parameter(), "令和2年4月1日"))
                .andExpect(status().is3xxRedirection());
        assertThat(fields.values(FieldTarget.PROJECT, plan.projects().getFirst().id()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(weight.id(), "1200.5", rank.id(), "A", due.id(), "2020-04-01"));
        DepartmentPlanView after = plans.find(PLAN).orElseThrow();
        assertThat(after.version())
                .as("the plan's version guards its extra fields")
                .isGreaterThan(plan.version());

        // a stale form is refused
        MvcResult stale = mvc.perform(post(page() + "/projects/1/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param(rank.parameter(), "B"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(stale.getFlashMap().get("flashError")).isNotNull();
        assertThat(fields.values(FieldTarget.PROJECT, plan.projects().getFirst().id())
                        .get(rank.id()))
                .isEqualTo("A");
    }

    @Test
    void citizensReadTheValuesFrozenAtFinalisationAndAChangedDefinitionDoesNotRewriteThem() throws Exception {
        FieldDefinitionView sdgs = define(FieldTarget.PLAN, "関連するSDGs", FieldKind.TEXT, List.of(), false);
        FieldDefinitionView rank = define(FieldTarget.PROJECT, "重点区分", FieldKind.CHOICE, List.of("A", "B"), false);
        FieldDefinitionView due = define(FieldTarget.PROJECT, "完了予定日", FieldKind.DATE, List.of(), false);
        define(FieldTarget.PROJECT, "担当課長名", FieldKind.TEXT, List.of(), false);
        DepartmentPlanView plan = draft();
        mvc.perform(post(page() + "/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param(sdgs.parameter(), "目標11 住み続けられるまちづくりを"))
                .andExpect(status().is3xxRedirection());
        plan = plans.find(PLAN).orElseThrow();
        mvc.perform(post(page() + "/projects/1/extra-fields")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(plan.version()))
                        .param(rank.parameter(), "B")
                        .param(due.parameter(), "2010-03-31"))
                .andExpect(status().is3xxRedirection());
        plan = plans.find(PLAN).orElseThrow();
        plan = workflow.submit(PLAN, plan.version(), "u");
        plan = workflow.startConsultation(PLAN, plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(PLAN, plan.version(), "u");
        workflow.publish(PLAN, plan.version(), "u");

        // the definition changes after publication: the label is renamed, an option removed
        fields.change(
                MITAKA,
                rank.id(),
                rank.version(),
                new DefinitionDraft("優先度", FieldKind.CHOICE, List.of("A"), false, 1, null));

        Document pub = Jsoup.parse(mvc.perform(get("/m/" + MITAKA + "/" + YEAR + "/plans/kikaku"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(pub.select("dl.extra-fields").text())
                .contains("関連するSDGs 目標11 住み続けられるまちづくりを", "重点区分 B", "完了予定日 平成22（2010）年3月31日")
                .doesNotContain("優先度", "担当課長名");

        byte[] pdf = mvc.perform(get("/m/" + MITAKA + "/" + YEAR + "/plans.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("重点区分：B", "関連するSDGs目標11住み続けられるまちづくりを", "完了予定日：平成22（2010）年3月31日");
        }

        String json = mvc.perform(
                        get("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/department-plans"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"extraFields\":{\"関連するSDGs\":\"目標11 住み続けられるまちづくりを\"}")
                .contains("\"extraFields\":{\"重点区分\":\"B\",\"完了予定日\":\"2010-03-31\"}");

        String csv = mvc.perform(
                        get("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/department-plans.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).endsWith("関連要素ID,関連するSDGs,重点区分,完了予定日");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("地域情報化の推進").endsWith(",目標11 住み続けられるまちづくりを,B,2010-03-31"));
    }

    @Test
    void aMunicipalityWithoutDefinitionsShowsNoExtraFields() throws Exception {
        // another year than the other tests (the public page cache keeps pages while the data is unchanged, and a
        // test's rolled-back data never changes it)
        int year = 2012; // the API and CSV of the year are cached pages too
        if (fiscalYears.find(MITAKA, year).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(year), "test");
        }
        PlanReference somu = new PlanReference(MITAKA, year, "somu");
        DepartmentPlanView plan = plans.startDraft(somu);
        plan = plans.addProject(somu, plan.version(), new ProjectContent("文書管理", null, null, false, List.of(), null));
        String staffPage = "/staff/m/" + MITAKA + "/" + year + "/plans/somu";
        Document staff = Jsoup.parse(mvc.perform(get(staffPage).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(staff.select("#extra-fields")).isEmpty();
        assertThat(staff.select("form[action$=extra-fields]")).isEmpty();
        plan = workflow.submit(somu, plan.version(), "u");
        plan = workflow.startConsultation(somu, plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(somu, plan.version(), "u");
        workflow.publish(somu, plan.version(), "u");
        Document pub = Jsoup.parse(mvc.perform(get("/m/" + MITAKA + "/" + year + "/plans/somu"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(pub.select("dl.extra-fields")).isEmpty();
        assertThat(pub.text()).contains("文書管理");
        String json = mvc.perform(
                        get("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + year + "/department-plans"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("文書管理").doesNotContain("extraFields");
        String csv = mvc.perform(
                        get("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + year + "/department-plans.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("関連要素ID");
    }
}
