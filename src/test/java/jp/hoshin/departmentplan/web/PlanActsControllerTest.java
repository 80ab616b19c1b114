package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanCarryOver;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acts on a department plan's page alone (the services mocked) with the real security rules and {@code Access}:
 * only the department's editors write its plan, each workflow step only for its roles, and a form that cannot be read
 * is sent back with its message before any service is asked.
 */
@WebMvcTest({PlanEditController.class, PlanStepController.class, PlanResultController.class})
@Import({WebSliceSecurity.class, PlanActs.class})
class PlanActsControllerTest {

    private static final String M = "990001";
    private static final String PAGE = "/staff/m/" + M + "/2024/plans/kankyo";
    private static final PlanReference PLAN = new PlanReference(M, 2024, "kankyo");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    DepartmentPlans plans;

    @MockitoBean
    PlanCarryOver carryOvers;

    @MockitoBean
    PlanWorkflow workflow;

    @MockitoBean
    PlanResults results;

    @MockitoBean
    jp.hoshin.departmentplan.ProgressScales scales;

    @BeforeEach
    void aSampleCity() {
        when(scales.scale(M, jp.hoshin.departmentplan.ScaleKind.RESULT))
                .thenReturn(
                        jp.hoshin.departmentplan.ProgressScale.defaultFor(jp.hoshin.departmentplan.ScaleKind.RESULT));
        when(municipalities.get(M)).thenReturn(new MunicipalityView(2, M, "サンプル市", null, "東京都", true, null, 0));
    }

    @Test
    void anotherDepartmentsEditorIsRefusedAndNothingIsAsked() throws Exception {
        for (String act :
                List.of("/content", "/projects", "/projects/1", "/projects/1/result", "/submit", "/summary")) {
            String body = mvc.perform(post(PAGE + act)
                            .with(csrf())
                            .param("version", "3")
                            .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kyoiku")))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(act).contains("この部の情報を編集する権限がありません。");
        }
        verifyNoInteractions(plans, workflow, results);
    }

    @Test
    void eachStepIsTakenOnlyByItsRoles() throws Exception {
        mvc.perform(post(PAGE + "/finalize")
                        .with(csrf())
                        .param("version", "3")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/consult")
                        .with(csrf())
                        .param("version", "3")
                        .with(WebSliceSecurity.as(signIns, Role.REVIEWER, M)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(workflow);
        mvc.perform(post(PAGE + "/finalize")
                        .with(csrf())
                        .param("version", "3")
                        .with(WebSliceSecurity.as(signIns, Role.REVIEWER, M)))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flash", "確定しました。"));
        verify(workflow).finalizeAfterConsultation(eq(PLAN), eq(3L), anyString());
    }

    @Test
    void aFormThatCannotBeReadComesBackWithItsMessageAndNothingIsSaved() throws Exception {
        mvc.perform(post(PAGE + "/content")
                        .with(csrf())
                        .param("version", "3")
                        .param("staffCount", "たくさん")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flashError", "職員数は0以上の整数で入力してください（全角数字・桁区切りのカンマも使えます）。"));
        mvc.perform(post(PAGE + "/projects/2")
                        .with(csrf())
                        .param("version", "3")
                        .param("title", "ごみの減量")
                        .param("targetText", "", "資源化率30%")
                        .param("targetValue", "30", "三十")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(flash().attribute("flashError", "目標指標1行目の文章を入力してください。"));
        mvc.perform(post(PAGE + "/projects/2")
                        .with(csrf())
                        .param("version", "3")
                        .param("title", "ごみの減量")
                        .param("targetText", "資源化率30%")
                        .param("targetValue", "三十")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(flash().attribute("flashError", "目標指標1行目の目標値は数値で入力してください（全角数字・桁区切りのカンマも使えます）。"));
        verify(plans, never()).write(any(), anyLong(), any());
        verify(plans, never()).reviseProject(any(), anyLong(), org.mockito.ArgumentMatchers.anyInt(), any());
    }

    @Test
    void aResultWithoutAChoiceKeepsWhatWasTyped() throws Exception {
        mvc.perform(post(PAGE + "/projects/1/result")
                        .with(csrf())
                        .param("version", "3")
                        .param("result", "")
                        .param("explanation", "周知を続けました")
                        .param("actual", "２８．５")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flashError", "個別事業 1 の結果を選んでください（達成・一部達成・着手・未達成）。"))
                .andExpect(flash().attribute(
                                "refusedResult", new PlanForms.TypedResult(1, "", "周知を続けました", List.of("２８．５"))));
        verifyNoInteractions(results);
    }

    @Test
    void aFormWithoutItsVersionIsTakenAsStale() throws Exception {
        mvc.perform(post(PAGE + "/content")
                        .with(csrf())
                        .param("missionHeadline", "安全なまち")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(redirectedUrl(PAGE));
        verify(plans).write(eq(PLAN), eq(-1L), any(), isNull());
    }
}
