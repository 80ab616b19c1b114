package jp.hoshin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jp.hoshin.publiccomment.Channels;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.PublicComments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions: none for anonymous visitors (the opinion form included, its CSRF token in a cookie), an absolute lifetime
 * besides the idle one, and a changed or reset password signs the account out everywhere else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionSecurityTest {

    private static final String PASSWORD = "session-test-password-1";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired StaffAccounts accounts;
    @Autowired PublicComments comments;
    @Autowired Clock clock;

    @Test
    void anonymousVisitorsIncludingTheOpinionFormCreateNoSessionRow() throws Exception {
        long consultation = openConsultation();
        String form = "/m/132047/comments/" + consultation + "/opinion";
        int before = sessionRows();
        for (String page : List.of("/", "/m/132047", "/login", "/m/132047/comments", form, "/staff", "/staff/m/132047")) {
            MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getCookie("SESSION")).as(page).isNull();
        }
        MockHttpServletResponse page = mvc.perform(get(form)).andReturn().getResponse();
        Cookie csrfCookie = page.getCookie("XSRF-TOKEN");
        assertThat(csrfCookie).as("the form's CSRF token is kept in a cookie").isNotNull();
        assertThat(csrfCookie.isHttpOnly()).isTrue();
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getContentAsString());
        assertThat(field.find()).isTrue();
        String plan = jdbc.queryForObject("select plan_ids from consultation where id = ?", String.class, consultation).split(",")[0].strip();

        MockHttpServletResponse sent = mvc.perform(post(form).cookie(csrfCookie).param("_csrf", field.group(1))
                        .param("submitterType", "individual").param("address", "三鷹市野崎1-1-1").param("name", "三鷹 花子")
                        .param("phone", "0422-45-1151").param("planId", plan).param("opinion", "セッションなしで送れます。")
                        .with(r -> { r.setRemoteAddr("10.9.0.1"); return r; }))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).contains("/receipt?number=");
        assertThat(sent.getCookie("SESSION")).isNull();

        MockHttpServletResponse forged = mvc.perform(post(form).cookie(csrfCookie).param("submitterType", "individual")
                .param("opinion", "トークンなし").with(r -> { r.setRemoteAddr("10.9.0.2"); return r; })).andReturn().getResponse();
        assertThat(forged.getStatus()).as("without the token the form is still refused").isEqualTo(403);
        assertThat(sessionRows()).as("no session row was written").isEqualTo(before);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() throws Exception {
        create("session-a");
        Cookie session = signIn("session-a");
        assertThat(mvc.perform(get("/staff/password").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        jdbc.update("update spring_session set creation_time = creation_time - ? where principal_name = 'session-a'",
                java.time.Duration.ofHours(12).plusMinutes(1).toMillis());
        MockHttpServletResponse after = mvc.perform(get("/staff/password").cookie(session)).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'session-a'", Integer.class)).isZero();
    }

    @Test
    void changingOrResettingAPasswordEndsTheAccountsOtherSessions() throws Exception {
        long id = create("session-b");
        Cookie here = signIn("session-b");
        Cookie elsewhere = signIn("session-b");
        String newPassword = "session-test-password-2";
        MockHttpServletResponse changed = mvc.perform(post("/staff/password").cookie(here).with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andReturn().getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/staff");
        assertThat(mvc.perform(get("/staff/password").cookie(here)).andReturn().getResponse().getStatus()).as("this session stays").isEqualTo(200);
        assertThat(mvc.perform(get("/staff/password").cookie(elsewhere)).andReturn().getResponse().getStatus()).as("the other ends").isEqualTo(302);

        accounts.resetPassword(id, "session-test-password-3");
        assertThat(mvc.perform(get("/staff/password").cookie(here)).andReturn().getResponse().getStatus()).as("a reset ends all").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'session-b'", Integer.class)).isZero();
    }

    @Test
    void theAccountFormsSayWhyACommonPasswordIsRefused() throws Exception {
        create("session-c");
        Cookie session = signIn("session-c");
        String html = mvc.perform(post("/staff/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "password1234").param("confirmPassword", "password1234")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("このパスワードはよく使われている（漏えいしたパスワードの一覧にある）ため使えません。")
                .contains("よく使われるパスワード（漏えいしたものを含む）");
        assertThat(mvc.perform(post("/login").param("username", "session-c").param("password", "password1234").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).as("the password was not changed").isEqualTo("/login?error");
    }

    private Cookie signIn(String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                        .with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/staff");
        Cookie cookie = response.getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private long create(String username) {
        return accounts.create(new StaffAccounts.NewStaffAccount("132047", username, "試験 花子", Role.VIEWER, Set.of(), PASSWORD));
    }

    private int sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private long openConsultation() {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        IndividualPlanView plan = comments.registerPlan("132047", new IndividualPlanContent("セッション試験計画" + UUID.randomUUID(), true,
                IndividualPlanKind.FORMULATION, "kikaku", "企画経営課", "0422-00-0000", "test@example.jp", "目的", "構成", List.of("事業1"),
                "2022〜2025", List.of()));
        var c = comments.createConsultation("132047", new ConsultationContent("kikaku", "セッション試験の意見募集", "概要", List.of(plan.id()),
                "市役所2階", ConsultationPeriod.standard(today), new Channels(true, "〒181-8555", null, null, null), 30));
        comments.announce("132047", c.id());
        return c.id();
    }
}
