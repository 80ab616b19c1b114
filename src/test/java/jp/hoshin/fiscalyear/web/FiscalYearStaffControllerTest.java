package jp.hoshin.fiscalyear.web;

import java.time.Instant;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearStatus;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fiscal-year controller alone ({@code FiscalYears} mocked), with the real security rules and {@code Access}: only
 * the planning section of the municipality opens, closes and reopens years; a wrong year is sent back with its message.
 */
@WebMvcTest(FiscalYearStaffController.class)
@Import(WebSliceSecurity.class)
class FiscalYearStaffControllerTest {

    private static final String M = "990001";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    FiscalYears fiscalYears;

    @BeforeEach
    void aSampleCity() {
        when(municipalities.get(M)).thenReturn(new MunicipalityView(2, M, "サンプル市", null, "東京都", true, null, 0));
    }

    @Test
    void onlyThePlanningSectionOfTheMunicipalityClosesAYear() throws Exception {
        for (Role role : new Role[] {Role.DEPARTMENT_EDITOR, Role.REVIEWER, Role.VIEWER}) {
            String body = mvc.perform(post("/staff/m/" + M + "/years/2024/close")
                            .with(csrf())
                            .param("version", "0")
                            .with(WebSliceSecurity.as(signIns, role, M, "seisaku-keiei")))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).contains("この操作は企画担当（管理者）だけが行えます。");
        }
        mvc.perform(post("/staff/m/" + M + "/years/2024/close")
                        .with(csrf())
                        .param("version", "0")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "132047")))
                .andExpect(status().isForbidden());
        verify(fiscalYears, never()).close(anyString(), anyInt(), anyLong(), anyString());
        mvc.perform(post("/staff/m/" + M + "/years/2024/close")
                        .with(csrf())
                        .param("version", "0")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(redirectedUrl("/staff/m/" + M))
                .andExpect(flash().attribute("flash", "令和6（2024）年度を締めました。"));
    }

    @Test
    void aYearThatIsNotAYearIsSentBackWithTheRule() throws Exception {
        for (String year : new String[] {"来年", "1988", "2201"}) {
            mvc.perform(post("/staff/m/" + M + "/years")
                            .with(csrf())
                            .param("year", year)
                            .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                    .andExpect(redirectedUrl("/staff/m/" + M))
                    .andExpect(flash().attribute("flashError", "年度は1989〜2200の西暦（開始年）で入力してください（全角数字も使えます）。"));
        }
        verify(fiscalYears, never()).open(anyString(), any(), anyString());
    }

    @Test
    void aYearInFullWidthDigitsIsOpened() throws Exception {
        when(fiscalYears.open(eq(M), eq(FiscalYear.of(2025)), anyString()))
                .thenReturn(new FiscalYearView(
                        5,
                        M,
                        FiscalYear.of(2025),
                        FiscalYearStatus.OPEN,
                        Instant.parse("2026-04-01T00:00:00Z"),
                        "planning_admin",
                        null,
                        null,
                        0));
        mvc.perform(post("/staff/m/" + M + "/years")
                        .with(csrf())
                        .param("year", "２０２５")
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(redirectedUrl("/staff/m/" + M))
                .andExpect(flash().attribute("flash", "令和7（2025）年度を開始しました。組織は前の年度から写しています。"));
    }

    @Test
    void signedOutStaffPagesGoToTheSignIn() throws Exception {
        mvc.perform(post("/staff/m/" + M + "/years").with(csrf()).param("year", "2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
