package jp.hoshin.departmentplan.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.TargetIndicator;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The municipality's result scale and publication names, set on the planning section's settings page: results are
 * recorded, counted, printed and exported on the city's own scale, a label off the scale is refused with where it was,
 * a changed scale keeps the labels already recorded, and the publications carry the city's names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ResultScaleAndNamesTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2008;
    private static final PlanReference PLAN = new PlanReference(MITAKA, YEAR, "seikatsu-kankyo");
    private static final String SETTINGS = "/staff/m/" + MITAKA + "/plan-settings";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    PlanResults results;

    @Autowired
    FiscalYears fiscalYears;

    @BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
    }

    private DepartmentPlanView published(boolean withProjects) {
        DepartmentPlanView plan = plans.startDraft(PLAN);
        if (!withProjects) {
            plan = plans.write(
                    PLAN, plan.version(), new PlanContent("暮らしを守る", "安全な暮らしを守る", List.of(), null, null, null));
        }
        if (withProjects) {
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
            plan = plans.addProject(
                    PLAN, plan.version(), new ProjectContent("緑の保全", null, null, false, List.of(), null));
        }
        plan = workflow.submit(PLAN, plan.version(), "u");
        plan = workflow.startConsultation(PLAN, plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(PLAN, plan.version(), "u");
        return workflow.publish(PLAN, plan.version(), "u");
    }

    private MvcResult admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andReturn();
    }

    /** A public page, read signed in: the public page cache serves anonymous readers only, and a test never commits. */
    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String staffPage(String path) throws Exception {
        return mvc.perform(get(path).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void saveScale(String version, List<String> labels, String... achieved) throws Exception {
        var request = post(SETTINGS + "/result-scale").param("version", version);
        labels.forEach(l -> request.param("label", l));
        for (String a : achieved) {
            request.param("onSchedule", a);
        }
        MvcResult saved = admin(request);
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("結果の区分を保存しました。");
    }

    private MvcResult recordResult(int number, String label, long version) throws Exception {
        return admin(post("/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode() + "/projects/" + number
                        + "/result")
                .param("version", String.valueOf(version))
                .param("result", label)
                .param("explanation", "説明")
                .param("actual", number == 1 ? "31" : ""));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void aConfiguredScaleIsChosenCountedPrintedAndExportedAndAChangeKeepsWhatWasRecorded() throws Exception {
        saveScale("", List.of("S", "A", "B", "C", "", ""), "0", "1");
        Document settings = Jsoup.parse(staffPage(SETTINGS));
        assertThat(settings.select("#level-0").val()).isEqualTo("S");
        assertThat(settings.select("#achieved-1").hasAttr("checked")).isTrue();
        assertThat(settings.select("#achieved-2").hasAttr("checked")).isFalse();

        DepartmentPlanView plan = published(true);
        Document staff = Jsoup.parse(staffPage("/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()));
        assertThat(staff.select("#result-1 option").eachText()).containsExactly("選んでください", "S", "A", "B", "C");

        // a label the scale does not have is refused, located at its project, and nothing is saved
        MvcResult refused = recordResult(1, "達成", plan.version());
        assertThat(refused.getFlashMap().get("flashError"))
                .isEqualTo("個別事業 1 の結果「達成」は、この自治体の結果の区分にありません（S・A・B・Cのいずれか）。");
        assertThat(plans.find(PLAN).orElseThrow().projects().getFirst().result())
                .isNull();

        assertThat(recordResult(1, "A", plan.version()).getFlashMap().get("flash"))
                .isEqualTo("個別事業 1 の結果を「A」として記録しました。");
        plan = plans.find(PLAN).orElseThrow();
        recordResult(2, "C", plan.version());
        plan = plans.find(PLAN).orElseThrow();
        plan = results.summarize(PLAN, plan.version(), "概ね進みました。");
        for (PlanStatus to :
                List.of(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED, PlanStatus.PUBLISHED)) {
            plan = results.moveResults(PLAN, plan.version(), to, "u", null);
        }

        Document announced = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/results"));
        assertThat(announced.select("table").first().select("thead th").eachText())
                .containsExactly("部", "S", "A", "B", "C", "目標数");
        // the scale's last level (here C) is set apart in words as well as by colour
        assertThat(announced.select("table").first().select("tfoot td").eachText())
                .containsExactly("0", "1", "0", "1要注意", "2");
        assertThat(Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()))
                        .text())
                .contains("結果：A");
        assertThat(page("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/department-plans"))
                .contains("\"result\":\"A\"")
                .contains("\"result\":\"C\"");
        assertThat(page("/api/v1/municipalities/" + MITAKA + "/fiscal-years/" + YEAR + "/department-plans.csv"))
                .contains(",A,説明,");
        byte[] pdf = mvc.perform(
                        get("/m/" + MITAKA + "/" + YEAR + "/plans.pdf").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("結果（S・A・B・C）").contains("ごみの減量");

        // the scale changes: what was recorded and published keeps its label, counted apart as an earlier label
        saveScale("0", List.of("優", "良", "可"), "0");
        announced = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/results"));
        assertThat(announced.select("table").first().select("thead th").eachText())
                .containsExactly("部", "優", "良", "可", "その他（以前の区分）", "目標数");
        assertThat(announced.select("table").first().select("tfoot td").eachText())
                .containsExactly("0", "0", "0", "2", "2");
        assertThat(announced.text()).contains("ごみの減量 A");
        assertThat(Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()))
                        .text())
                .contains("結果：A");
    }

    @Test
    void aRefusedScaleComesBackAsTypedAndAStaleOneIsRefused() throws Exception {
        MvcResult refused = admin(post(SETTINGS + "/result-scale")
                .param("version", "")
                .param("label", "できた")
                .param("label", "")
                .param("onSchedule", "0"));
        assertThat(refused.getFlashMap().get("scaleProblem")).isEqualTo("進捗の区分は2つ以上6つ以内で入力してください。");
        assertThat(refused.getFlashMap().get("scaleTyped")).isEqualTo(List.of("できた", ""));
        assertThat(refused.getFlashMap().get("scaleTicked")).isEqualTo(List.of("0"));

        saveScale("", List.of("できた", "できなかった"), "0");
        MvcResult stale = admin(post(SETTINGS + "/result-scale")
                .param("version", "")
                .param("label", "X")
                .param("label", "Y"));
        assertThat(stale.getFlashMap().get("scaleProblem")).asString().contains("他の職員");
    }

    @Test
    void theCitysNamesOfItsPublicationsAreOnThePagesAndTheBooklet() throws Exception {
        published(true);
        Document before = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans"));
        assertThat(before.select("h1").text()).endsWith(" 各部の運営方針と目標");

        MvcResult saved = admin(post(SETTINGS + "/names")
                .param("version", "")
                .param("plans", "部長目標")
                .param("results", "部長目標の達成状況"));
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("公表物の名称を保存しました。");

        Document index = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans"));
        assertThat(index.select("h1").text()).endsWith(" 部長目標").doesNotContain("運営方針と目標");
        assertThat(index.title()).contains("部長目標");
        assertThat(index.text()).contains("部長目標（冊子、PDF）");
        Document one = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()));
        assertThat(one.select("h1").text()).endsWith("の部長目標");
        Document staff = Jsoup.parse(staffPage("/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()));
        assertThat(staff.select("h1").text()).contains("の部長目標（");
        assertThat(Jsoup.parse(staffPage("/staff/m/" + MITAKA + "/" + YEAR + "/plans"))
                        .select("h1")
                        .text())
                .endsWith(" 部長目標");
        Document results = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/results"));
        assertThat(results.select("h1").text()).endsWith(" 部長目標の達成状況");
        // the year's page links what is published by the city's name, and names what is not yet (the results)
        Document year = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR));
        assertThat(year.select("a[href$=/" + YEAR + "/plans]").text()).isEqualTo("部長目標");
        assertThat(year.select("a[href$=/" + YEAR + "/results]")).isEmpty();
        assertThat(year.text()).contains("部長目標の達成状況");

        byte[] pdf = mvc.perform(
                        get("/m/" + MITAKA + "/" + YEAR + "/plans.pdf").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("部長目標").doesNotContain("各部の運営方針と目標");

        MvcResult empty = admin(post(SETTINGS + "/names")
                .param("version", "0")
                .param("plans", "")
                .param("results", "結果"));
        assertThat(empty.getFlashMap().get("namesProblem")).isEqualTo("運営方針と目標の公表物の名称を入力してください。");
        assertThat(((PlanSettingsController.NamesForm) empty.getFlashMap().get("namesTyped")).results())
                .isEqualTo("結果");
    }

    @Test
    void aPlanWithoutPoliciesOrProjectsShowsNoBareHeadings() throws Exception {
        published(false);
        Document shown = Jsoup.parse(page("/m/" + MITAKA + "/" + YEAR + "/plans/" + PLAN.departmentCode()));
        assertThat(shown.select("h2, h3").eachText())
                .noneMatch(h -> h.contains("実施方針") || h.contains("個別事業とその目標") || h.contains("総括"));
        assertThat(shown.select("#content").text()).doesNotContain("—");
    }
}
