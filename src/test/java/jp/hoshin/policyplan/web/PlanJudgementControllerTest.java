package jp.hoshin.policyplan.web;

import java.util.List;
import java.util.Map;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.JudgementBands;
import jp.hoshin.policyplan.PlanJudgementSettings;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's judgement scheme form alone (the settings service mocked), with the real security rules: only the planning
 * section sets it; a wrong 判定区分 comes back with its message beside the field and what was typed; the page states
 * the rule the public pages will show.
 */
@WebMvcTest(PlanJudgementController.class)
@Import(WebSliceSecurity.class)
class PlanJudgementControllerTest {

    private static final String M = "990001";
    private static final String URL = "/staff/m/" + M + "/policy/plan-1/judgement";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    PolicyPlans plans;

    @MockitoBean
    PlanJudgementSettings settings;

    @BeforeEach
    void aSampleCityWithABandedPlan() {
        when(municipalities.get(M)).thenReturn(new MunicipalityView(2, M, "サンプル市", null, "東京都", true, null, 0));
        PlanRow plan = new PlanRow(
                "plan-1",
                PolicyPlanKind.BASIC_PLAN,
                "サンプル市総合計画",
                null,
                2019,
                2026,
                2026,
                2018,
                null,
                null,
                null,
                JudgementBands.parse("◎=100、○=80、△=50、×"));
        when(plans.plan(M, "plan-1")).thenReturn(new PlanView(plan, List.of(), List.of(), List.of()));
        when(settings.of(M, "plan-1")).thenReturn(new PlanJudgementSettings.Settings("", "◎=100、○=80、△=50、×", 3));
    }

    @Test
    void thePlanningSectionSeesTheSchemeAndTheRuleItGives() throws Exception {
        String page = mvc.perform(get(URL).with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"◎=100、○=80、△=50、×\"").contains("「◎」100%以上、「○」80%以上、「△」50%以上、「×」それ未満と判定します。");
    }

    @Test
    void onlyThePlanningSectionSetsTheScheme() throws Exception {
        for (Role role : new Role[] {Role.DEPARTMENT_EDITOR, Role.REVIEWER, Role.VIEWER}) {
            mvc.perform(post(URL)
                            .with(csrf())
                            .param("version", "3")
                            .param("bands", "S=100、A=80、B=50、C")
                            .with(WebSliceSecurity.as(signIns, role, M, "seisaku-keiei")))
                    .andExpect(status().isForbidden());
        }
        verify(settings, never()).change(anyString(), anyString(), anyLong(), anyString(), anyString());
        mvc.perform(post(URL)
                        .with(csrf())
                        .param("version", "3")
                        .param("onTrackPercent", "")
                        .param("bands", "S=100、A=80、B=50、C")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(redirectedUrl(URL))
                .andExpect(flash().attribute("flash", "指標の判定方式を保存しました。"));
        verify(settings).change(M, "plan-1", 3, "", "S=100、A=80、B=50、C");
    }

    @Test
    void aWrongSchemeComesBackWithItsMessageAndWhatWasTyped() throws Exception {
        doThrow(new PlanJudgementSettings.Invalid(Map.of("bands", "判定区分「B」の達成率は、前の区分より小さくしてください（高い区分から順に書きます）。")))
                .when(settings)
                .change(M, "plan-1", 3, "", "A=50、B=80、C");
        String page = mvc.perform(post(URL)
                        .with(csrf())
                        .param("version", "3")
                        .param("onTrackPercent", "")
                        .param("bands", "A=50、B=80、C")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"bands-error\"")
                .contains("判定区分「B」の達成率は、前の区分より小さくしてください")
                .contains("value=\"A=50、B=80、C\"")
                .contains("aria-invalid=\"true\"");

        doThrow(new ConcurrentEditException()).when(settings).change(M, "plan-1", 2, "", "S=100、C");
        String stale = mvc.perform(post(URL)
                        .with(csrf())
                        .param("version", "2")
                        .param("bands", "S=100、C")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("value=\"S=100、C\"").contains("role=\"alert\"");
    }
}
