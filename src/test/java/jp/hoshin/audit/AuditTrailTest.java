package jp.hoshin.audit;

import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Committed changes (no rollback): the audit trail records who changed what, (sign-in failures: identity/SignInThrottleTest). */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    Organization organization;

    @Autowired
    AuditHistory history;

    @Autowired
    StaffAccounts accounts;

    @Test
    void everyChangeRecordsWhoWhenAndOldAndNewValues() throws Exception {
        DepartmentView before = organization.department("132047", 2017, "shimin");
        mvc.perform(post("/staff/m/132047/2017/departments/shimin")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(before.version()))
                        .param("headName", "監査 記録")
                        .param("basicPolicy", "質の高い窓口サービス")
                        .param("sections", "市民課"))
                .andExpect(status().is3xxRedirection());

        List<AuditHistory.Change> changes = history.history("Department", before.id());
        AuditHistory.Change latest = changes.getFirst();
        assertThat(latest.by()).isEqualTo("mitaka-admin");
        assertThat(latest.kind()).isEqualTo("変更");
        assertThat(latest.fields()).contains(new AuditHistory.FieldChange("headName", null, "監査 記録"));
        assertThat(changes.getLast().kind()).isEqualTo("作成");

        mvc.perform(get("/staff/history/Department/" + before.id()).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("監査 記録")))
                .andExpect(content().string(containsString("title=\"mitaka-admin\">企画経営課 管理担当（デモ）</span>")))
                .andExpect(content().string(containsString("部長")));
    }

    @Test
    void aCachedPublicPageShowsAChangeAtOnce() throws Exception {
        String page = "/m/132047/2003/departments/somu";
        mvc.perform(get(page)).andExpect(status().isOk());
        mvc.perform(get(page))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("キャッシュ 確認"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
        DepartmentView d = organization.department("132047", 2003, "somu");
        organization.describe(
                "132047",
                2003,
                "somu",
                d.version(),
                new jp.hoshin.organization.DepartmentProfile(
                        "キャッシュ 確認",
                        null,
                        null,
                        null,
                        d.profile().missionHeadline(),
                        d.profile().mission(),
                        null,
                        null),
                List.of());
        mvc.perform(get(page)).andExpect(content().string(containsString("キャッシュ 確認")));
    }

    @Autowired
    jp.hoshin.departmentplan.DepartmentPlans plans;

    @Test
    void departmentPlansAndTheirProjectsAreAudited() {
        var plan = plans.startDraft(new jp.hoshin.departmentplan.PlanReference("132047", 2017, "toshi-seibi"));
        plan = plans.addProject(
                new jp.hoshin.departmentplan.PlanReference("132047", 2017, "toshi-seibi"),
                plan.version(),
                new jp.hoshin.departmentplan.ProjectContent(
                        "都市マスタープランの改定を行います！",
                        "都市づくり課",
                        null,
                        true,
                        List.of(jp.hoshin.departmentplan.TargetIndicator.text("令和6年度中に改定")),
                        null));
        assertThat(history.history("DepartmentPlan", plan.id())).isNotEmpty();
        assertThat(history.history("PlanProject", plan.projects().getFirst().id())
                        .getFirst()
                        .fields())
                .anySatisfy(f -> assertThat(f.newValue()).contains("令和6年度中に改定"));
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(signIns.principal("mitaka-admin").orElseThrow().passwordHash())
                .startsWith("{bcrypt}$2");
    }
}
