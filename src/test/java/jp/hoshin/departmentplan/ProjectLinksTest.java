package jp.hoshin.departmentplan;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.policyplan.ElementLinks;
import jp.hoshin.shared.BusinessRuleException;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Department plan projects linked to the basic plan's measures and the action plan's items. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProjectLinksTest {

    @Autowired
    DepartmentPlans plans;

    @Autowired
    List<ElementLinks> links;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    PlanWorkflow workflow;

    @Test
    void theDemoPlansOf2017ServeMeasuresAndActionItems() throws Exception {
        assertThat(links)
                .singleElement()
                .satisfies(l -> assertThat(l.linkedTo("132047", "K5-2"))
                        .singleElement()
                        .satisfies(w -> {
                            assertThat(w.fiscalYear()).isEqualTo(2017);
                            assertThat(w.context()).isEqualTo("平成29（2017）年度 健康福祉部の運営方針と目標");
                            assertThat(w.title()).startsWith("2 高齢者が地域で安心して暮らせるよう");
                            assertThat(w.href()).isEqualTo("/m/132047/2017/plans/kenko-fukushi");
                        }));
        String page = mvc.perform(get("/m/132047/2017/plans/kenko-fukushi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "関連する計画：", "href=\"/m/132047/policy/kihon-keikaku-4/K5-2\"", "第2 高齢者福祉の充実（第4次三鷹市基本計画（第2次改定））");
        String measure = mvc.perform(get("/m/132047/policy/kihon-keikaku-4/K5-2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(measure)
                .contains(
                        "関連する各部の運営方針と目標", "href=\"/m/132047/2017/plans/kenko-fukushi\"", "平成29（2017）年度 健康福祉部の運営方針と目標");
    }

    @Test
    void aDepartmentLinksItsDraftProjectAndAnUnknownElementIsRefused() throws Exception {
        fiscalYears.open("132047", FiscalYear.of(2004), "test");
        DepartmentPlanView plan = plans.startDraft(new PlanReference("132047", 2004, "kikaku"));
        plan = plans.addProject(
                new PlanReference("132047", 2004, "kikaku"),
                plan.version(),
                new ProjectContent("国際交流の推進", null, null, false, List.of(), null));
        mvc.perform(post("/staff/m/132047/2004/plans/kikaku/projects/1/link")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", Long.toString(plan.version()))
                        .param("element", "K1-1"))
                .andExpect(status().is3xxRedirection());
        DepartmentPlanView linked =
                plans.find(new PlanReference("132047", 2004, "kikaku")).orElseThrow();
        assertThat(linked.projects().getFirst().policyElementKey()).isEqualTo("K1-1");
        assertThat(linked.version()).as("a link is a change of the projects").isGreaterThan(plan.version());
        long version = linked.version();
        assertThatThrownBy(() -> plans.linkProject(new PlanReference("132047", 2004, "kikaku"), version, 1, "K99"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("K99");
        mvc.perform(post("/staff/m/132047/2004/plans/kikaku/projects/1/link")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-somu"))
                        .param("version", Long.toString(version))
                        .param("element", ""))
                .andExpect(status().isForbidden());
        assertThat(links.getFirst().linkedTo("132047", "K1-1"))
                .as("a draft is not public")
                .isEmpty();
    }

    @Test
    void aPlanUnderRevisionListsTheProjectsItWasPublishedWith() {
        fiscalYears.open("132047", FiscalYear.of(2006), "test");
        PlanReference ref = new PlanReference("132047", 2006, "kikaku");
        DepartmentPlanView plan = plans.startDraft(ref);
        plan = plans.addProject(ref, plan.version(), new ProjectContent("国際交流の推進", null, null, false, List.of(), null));
        plan = plans.linkProject(ref, plan.version(), 1, "K1-1");
        plan = workflow.submit(ref, plan.version(), "u");
        plan = workflow.startConsultation(ref, plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(ref, plan.version(), "u");
        plan = workflow.publish(ref, plan.version(), "u");
        assertThat(links.getFirst().linkedTo("132047", "K1-1"))
                .extracting(ElementLinks.LinkedWork::title)
                .containsExactly("1 国際交流の推進");
        plan = workflow.startRevision(ref, plan.version(), "u", "組織改正に伴う修正");
        plan = plans.addProject(
                ref, plan.version(), new ProjectContent("多文化共生の推進", null, null, false, List.of(), null));
        plans.linkProject(ref, plan.version(), 2, "K1-1");
        assertThat(links.getFirst().linkedTo("132047", "K1-1"))
                .as("citizens read the published version while a revision is written")
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.title()).isEqualTo("1 国際交流の推進");
                    assertThat(w.context()).startsWith("平成18（2006）年度 ").endsWith("の運営方針と目標");
                    assertThat(w.href()).isEqualTo("/m/132047/2006/plans/kikaku");
                });
    }
}
