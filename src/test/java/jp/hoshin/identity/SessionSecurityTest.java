package jp.hoshin.identity;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions: an absolute lifetime besides the idle one, and a changed or reset password signs the account out everywhere
 * else (none for anonymous visitors: {@link AnonymousVisitorsTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionSecurityTest {

    private static final String PASSWORD = "session-test-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffAccounts accounts;

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() throws Exception {
        create("session-a");
        Cookie session = signIn("session-a");
        assertThat(mvc.perform(get("/staff/password").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        jdbc.update(
                "update spring_session set creation_time = creation_time - ? where principal_name = 'session-a'",
                java.time.Duration.ofHours(12).plusMinutes(1).toMillis());
        MockHttpServletResponse after =
                mvc.perform(get("/staff/password").cookie(session)).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'session-a'", Integer.class))
                .isZero();
    }

    @Test
    void changingOrResettingAPasswordEndsTheAccountsOtherSessions() throws Exception {
        long id = create("session-b");
        Cookie here = signIn("session-b");
        Cookie elsewhere = signIn("session-b");
        String newPassword = "session-test-password-2";
        MockHttpServletResponse changed = mvc.perform(post("/staff/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", newPassword)
                        .param("confirmPassword", newPassword))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/staff");
        assertThat(mvc.perform(get("/staff/password").cookie(here))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("this session stays")
                .isEqualTo(200);
        assertThat(mvc.perform(get("/staff/password").cookie(elsewhere))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the other ends")
                .isEqualTo(302);

        accounts.resetPassword(id, "session-test-password-3");
        assertThat(mvc.perform(get("/staff/password").cookie(here))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a reset ends all")
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'session-b'", Integer.class))
                .isZero();
    }

    @Test
    void theAccountFormsSayWhyACommonPasswordIsRefused() throws Exception {
        create("session-c");
        Cookie session = signIn("session-c");
        String html = mvc.perform(post("/staff/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "password1234")
                        .param("confirmPassword", "password1234"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("このパスワードはよく使われている（漏えいしたパスワードの一覧にある）ため使えません。").contains("よく使われるパスワード（漏えいしたものを含む）");
        assertThat(mvc.perform(post("/login")
                                .param("username", "session-c")
                                .param("password", "password1234")
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the password was not changed")
                .isEqualTo("/login?error");
    }

    private Cookie signIn(String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/staff");
        Cookie cookie = response.getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private long create(String username) {
        return accounts.create(
                new StaffAccounts.NewStaffAccount("132047", username, "試験 花子", Role.VIEWER, Set.of(), PASSWORD));
    }
}
