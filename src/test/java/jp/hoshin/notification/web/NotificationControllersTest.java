package jp.hoshin.notification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.notification.InAppNotifications;
import jp.hoshin.notification.MailOutbox;
import jp.hoshin.notification.NotificationProperties;
import jp.hoshin.notification.OutboxMailView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification controllers alone (services mocked) with the real security rules and {@code Access}: a municipality's
 * outbox only for its planning section (the service never asked otherwise), the deployment-wide outbox only for the
 * deployment administrator, marking read only one's own.
 */
@WebMvcTest({NotificationController.class, MailOutboxController.class})
@Import(WebSliceSecurity.class)
class NotificationControllersTest {

    private static final String M = "990001";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @MockitoBean
    InAppNotifications notifications;

    @MockitoBean
    MailOutbox outbox;

    @MockitoBean
    MunicipalityDirectory municipalities;

    @MockitoBean
    NotificationProperties properties;

    @BeforeEach
    void aSampleCity() {
        when(municipalities.exists(M)).thenReturn(true);
        when(municipalities.municipalities())
                .thenReturn(List.of(new MunicipalityDirectory.MunicipalityChoice(M, "サンプル市")));
        when(properties.enabled()).thenReturn(true);
        when(properties.maxAttempts()).thenReturn(8);
        when(properties.reminderDays()).thenReturn(3);
    }

    @Test
    void onlyTheMunicipalitysPlanningSectionSeesAndRetriesItsMails() throws Exception {
        for (Role role : new Role[] {Role.DEPARTMENT_EDITOR, Role.REVIEWER, Role.VIEWER}) {
            mvc.perform(get("/staff/m/" + M + "/mail-outbox").with(WebSliceSecurity.as(signIns, role, M, "seisaku")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/staff/m/" + M + "/mail-outbox/5/retry")
                            .with(csrf())
                            .with(WebSliceSecurity.as(signIns, role, M, "seisaku")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/staff/mail-outbox").with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isForbidden());
        verify(outbox, never()).unsent(any(), anyInt());
        verify(outbox, never()).retry(anyLong(), any());

        when(outbox.configured()).thenReturn(true);
        when(outbox.unsent(M, 200))
                .thenReturn(List.of(new OutboxMailView(
                        5,
                        M,
                        "seisaku@city.example.lg.jp",
                        "【Hoshin】期限を過ぎた項目があります（2件）",
                        OutboxMailView.MailStatus.FAILED,
                        8,
                        Instant.now(),
                        "MailConnectException: Couldn't connect to host",
                        Instant.now().minus(Duration.ofDays(1)))));
        mvc.perform(get("/staff/m/" + M + "/mail-outbox").with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8回送れなければ")))
                .andExpect(content().string(containsString("送信できませんでした")))
                .andExpect(content().string(containsString("再送する")));
        when(outbox.retry(5, M)).thenReturn(true);
        mvc.perform(post("/staff/m/" + M + "/mail-outbox/5/retry")
                        .with(csrf())
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, M)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "再送の予定に入れました。"));
        verify(outbox).retry(5, M);
    }

    @Test
    void markingAnotherStaffMembersNotificationIsNotFound() throws Exception {
        when(notifications.markRead(anyLong(), eq(77L))).thenReturn(false);
        mvc.perform(post("/staff/notifications/77/read")
                        .with(csrf())
                        .with(WebSliceSecurity.as(signIns, Role.VIEWER, M)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("指定された通知はありません。")));
    }
}
