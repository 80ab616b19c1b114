package jp.hoshin.departmentplan.web;

import java.util.List;

import jp.hoshin.departmentplan.MidYearCheckpoints;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mid-year check's acts: each taken only by its roles (the service never asked otherwise), and form messages. */
@WebMvcTest(MidYearStaffController.class)
@Import(WebSliceSecurity.class)
class MidYearControllerTest {

    private static final String M = "990001";
    private static final String PAGE = "/staff/m/" + M + "/2024/plans/kankyo/midyear/1";
    private static final PlanReference PLAN = new PlanReference(M, 2024, "kankyo");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    FiscalYears fiscalYears;

    @MockitoBean
    Organization organization;

    @MockitoBean
    MidYearChecks checks;

    @MockitoBean
    MidYearCheckpoints checkpoints;

    @MockitoBean
    ProgressScales scales;

    @BeforeEach
    void aSampleCity() {
        when(municipalities.get(M)).thenReturn(new MunicipalityView(2, M, "サンプル市", null, "東京都", true, null, 0));
        when(scales.scale(M, ScaleKind.MID_YEAR)).thenReturn(ProgressScale.defaultFor(ScaleKind.MID_YEAR));
    }

    @Test
    void anotherDepartmentsEditorAndReadersAreRefusedAndNothingIsAsked() throws Exception {
        for (String act : List.of("", "/submit")) {
            String body = mvc.perform(post(PAGE + act)
                            .with(csrf())
                            .param("version", "3")
                            .param("number", "1")
                            .param("status", "順調")
                            .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kyoiku")))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(act).contains("この部の情報を編集する権限がありません。");
        }
        for (String act : List.of("/confirm", "/send-back", "/publish")) {
            mvc.perform(post(PAGE + act)
                            .with(csrf())
                            .param("version", "3")
                            .param("reason", "理由")
                            .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                    .andExpect(status().isForbidden());
            mvc.perform(post(PAGE + act)
                            .with(csrf())
                            .param("version", "3")
                            .param("reason", "理由")
                            .with(WebSliceSecurity.as(signIns, Role.REVIEWER, M)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(checks);
    }

    @Test
    void theDepartmentSubmitsAndThePlanningSectionConfirms() throws Exception {
        mvc.perform(post(PAGE + "/submit")
                        .with(csrf())
                        .param("version", "3")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(redirectedUrl(PAGE));
        verify(checks).submit(eq(PLAN), eq(1), eq(3L), anyString());
        mvc.perform(post(PAGE + "/confirm")
                        .with(csrf())
                        .param("version", "4")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(redirectedUrl(PAGE));
        verify(checks).confirm(eq(PLAN), eq(1), eq(4L), anyString());
    }

    @Test
    void aStatusOutsideTheScaleComesBackNextToItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post(PAGE)
                        .with(csrf())
                        .param("number", "1", "2")
                        .param("status", "順調", "とても順調")
                        .param("comment", "", "")
                        .param("values", "", "")
                        .with(WebSliceSecurity.as(signIns, Role.DEPARTMENT_EDITOR, M, "kankyo")))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flashError", "入力内容に誤りがあります。各項目のメッセージを確認してください。"))
                .andExpect(flash().attribute(
                                "problems", java.util.Map.of("status-2", "事業2の進捗「とても順調」は、この自治体の進捗の区分にありません。")));
        verify(checks, org.mockito.Mockito.never()).record(any(), eq(1), any(), any(), anyString());
    }
}
