package jp.hoshin.notification;

import java.time.LocalDate;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default configuration (no {@code spring.mail.host}, no reminder feed): notifications are in-app only and the
 * administrator's page says so; each staff member sees and marks only their own notifications; the account form
 * refuses an invalid e-mail address next to the field and keeps what was typed. Changes roll back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NotificationWithoutMailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    jp.hoshin.identity.StaffAccounts accounts;

    @Autowired
    ReminderJob job;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    private long accountId(String username) {
        return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
    }

    private long notify(String username, String title) {
        return jdbc.queryForObject(
                "insert into notification (recipient_id, kind, title, body, url, created_at)"
                        + " values (?, 'PLAN_STEP', ?, '本文', '/staff', now()) returning id",
                Long.class,
                accountId(username),
                title);
    }

    @Test
    void withoutSmtpASendBackIsNotifiedInTheApplicationOnly() throws Exception {
        jdbc.update("update staff_account set email = 'kikaku@city.example.lg.jp' where username = 'mitaka-kikaku'");
        fiscalYears.open("132047", FiscalYear.of(2004), "test");
        PlanReference ref = new PlanReference("132047", 2004, "kikaku");
        DepartmentPlanView plan = plans.startDraft(ref);
        plan = plans.addProject(ref, plan.version(), new ProjectContent("テスト事業", "企画課", "内容", false, List.of(), null));
        plan = workflow.submit(ref, plan.version(), "mitaka-kikaku");
        workflow.sendBack(ref, plan.version(), "mitaka-admin", "根拠を追記してください。");

        assertThat(outbox.configured()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class))
                .isZero();
        mvc.perform(get("/staff/notifications").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平成16（2004）年度 企画部の運営方針と目標が差し戻されました")))
                .andExpect(content().string(containsString("根拠を追記してください。")))
                .andExpect(content().string(containsString("通知（未読1件）")));
        mvc.perform(get("/staff/m/132047").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未読の通知が1件あります。")));
        mvc.perform(get("/staff/m/132047/mail-outbox").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("メールの送信は設定されていません")));
        // the reminders read the schedule (the demo's year in progress has late steps): without SMTP, no mail is queued
        assertThat(job.run(LocalDate.of(2026, 6, 1)).ran()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class))
                .isZero();
    }

    @Test
    void eachStaffMemberSeesAndMarksOnlyTheirOwnNotifications() throws Exception {
        long mine = notify("mitaka-kikaku", "企画部あての通知");
        long theirs = notify("mitaka-somu", "総務部あての通知");

        mvc.perform(get("/staff/notifications").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企画部あての通知")))
                .andExpect(content().string(not(containsString("総務部あての通知"))));
        mvc.perform(post("/staff/notifications/{id}/read", theirs)
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, theirs))
                .isTrue();
        mvc.perform(post("/staff/notifications/{id}/read", mine)
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select read_at is not null from notification where id = ?", Boolean.class, mine))
                .isTrue();
        mvc.perform(post("/staff/notifications/read-all")
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, theirs))
                .isTrue();
        mvc.perform(get("/staff/notifications")).andExpect(status().is3xxRedirection());
        // the administrators' page: a department editor is refused
        mvc.perform(get("/staff/m/132047/mail-outbox").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/mail-outbox").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorSeesAFailedMailAndPutsItBackInTheQueue() throws Exception {
        long id = jdbc.queryForObject(
                "insert into mail_outbox (recipient_id, municipality_code, recipient_address, subject, body, status,"
                        + " attempts, next_attempt_at, last_error, created_at) values (?, '132047',"
                        + " 'kikaku@city.example.lg.jp', '【Hoshin】期限が近づいています（1件）', '本文', 'FAILED', 8, now(),"
                        + " 'MailConnectException: Couldn''t connect to host', now()) returning id",
                Long.class,
                accountId("mitaka-kikaku"));
        mvc.perform(get("/staff/m/132047/mail-outbox").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("送信できませんでした")))
                .andExpect(content().string(containsString("【Hoshin】期限が近づいています（1件）")))
                .andExpect(content().string(containsString("MailConnectException")))
                .andExpect(content().string(containsString("/staff/m/132047/mail-outbox/" + id + "/retry")));
        mvc.perform(get("/staff/m/990001/mail-outbox").with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("期限が近づいています（1件）"))));
        mvc.perform(post("/staff/m/990001/mail-outbox/{id}/retry", id)
                        .with(StaffUsers.as(signIns, "sample-admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id))
                .isEqualTo("FAILED");
        mvc.perform(post("/staff/m/132047/mail-outbox/{id}/retry", id)
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status || attempts from mail_outbox where id = ?", String.class, id))
                .isEqualTo("PENDING0");
    }

    @Test
    void anInvalidEmailAddressIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        long id = accountId("mitaka-somu");
        long version = jdbc.queryForObject("select version from staff_account where id = ?", Long.class, id);
        mvc.perform(post("/staff/m/132047/accounts/{id}", id)
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf())
                        .param("displayName", "新しい氏名")
                        .param("role", "DEPARTMENT_EDITOR")
                        .param("departmentCodes", "somu")
                        .param("enabled", "true")
                        .param("version", String.valueOf(version))
                        .param("email", "somu@@city"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("電子メールアドレスの形が正しくありません")))
                .andExpect(content().string(containsString("value=\"somu@@city\"")))
                .andExpect(content().string(containsString("value=\"新しい氏名\"")));
        assertThat(jdbc.queryForObject("select display_name from staff_account where id = ?", String.class, id))
                .isNotEqualTo("新しい氏名");

        mvc.perform(post("/staff/m/132047/accounts/{id}", id)
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf())
                        .param("displayName", "総務 一郎")
                        .param("role", "DEPARTMENT_EDITOR")
                        .param("departmentCodes", "somu")
                        .param("enabled", "true")
                        .param("version", String.valueOf(version))
                        .param("email", "ｓｏｍｕ＠City.Example.LG.JP"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.get(id).orElseThrow().email()).isEqualTo("somu@city.example.lg.jp");

        mvc.perform(post("/staff/m/132047/accounts")
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf())
                        .param("username", "nt-invalid-mail")
                        .param("displayName", "新規 職員")
                        .param("role", "VIEWER")
                        .param("password", "correct horse battery staple 2026")
                        .param("email", "no-at-sign.example.jp"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("電子メールアドレスの形が正しくありません")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_account where username = 'nt-invalid-mail'", Integer.class))
                .isZero();
    }
}
