package jp.hoshin.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.EmailAddress;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.notification.OutboxMailView.MailStatus;
import jp.hoshin.notification.ReminderFeed.OpenItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and mails through a real SMTP server in the test JVM (GreenMail): a reminder before a deadline (once per
 * item and deadline), one digest of several overdue items, two runners racing on one day, and a mail that waits
 * while the server is down, fails after the maximum attempts, is retried by the administrator and then arrives.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "hoshin.notification.reminder-cron=-",
            "hoshin.notification.outbox-interval=1h",
            "hoshin.notification.max-attempts=3",
            "hoshin.notification.retry-delay=1m",
            "hoshin.notification.reminder-days=3",
            "hoshin.notification.base-url=https://hoshin.example.jp"
        })
class NotificationMailTest {

    private static final int SMTP_PORT = freePort();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Feed {
        /** Instead of the schedule's feed ({@code ScheduleReminders}): the items each test puts in. */
        @Bean
        @org.springframework.context.annotation.Primary
        TestFeed testFeed() {
            return new TestFeed();
        }
    }

    /** What the schedule module will say is open: here, whatever the test puts in. */
    static class TestFeed implements ReminderFeed {
        final List<OpenItem> items = new CopyOnWriteArrayList<>();

        @Override
        public List<OpenItem> openItems(LocalDate dueBy) {
            return items.stream().filter(i -> !i.due().isAfter(dueBy)).toList();
        }
    }

    @Autowired
    TestFeed feed;

    @Autowired
    ReminderJob job;

    @Autowired
    MailOutbox outbox;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    private GreenMail smtp;

    @BeforeEach
    void clean() {
        jdbc.update("delete from notification_job_run");
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from mail_outbox");
        jdbc.update("delete from notification");
        feed.items.clear();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        jdbc.update("delete from staff_account where username like 'nt-%'");
    }

    private String editor(String email) {
        String username = "nt-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(
                new StaffAccounts.NewStaffAccount(
                        "132047",
                        username,
                        "通知 太郎",
                        Role.DEPARTMENT_EDITOR,
                        Set.of("kikaku"),
                        accounts.generatePassword()),
                email == null ? null : new EmailAddress(email));
        return username;
    }

    private static OpenItem item(String title, LocalDate due, String... responsible) {
        return new OpenItem(
                "132047", 2026, "kikaku", "企画部", title, due, "/staff/m/132047/2026/plans/kikaku", List.of(responsible));
    }

    private int notifications(String username, String kind) {
        return jdbc.queryForObject(
                "select count(*) from notification n join staff_account s on s.id = n.recipient_id"
                        + " where s.username = ? and n.kind = ?",
                Integer.class,
                username,
                kind);
    }

    @Test
    void remindsOnceBeforeADeadlineInTheApplicationAndByMail() throws Exception {
        String taro = editor("taro@city.example.lg.jp");
        String hanako = editor(null);
        feed.items.add(item("運営方針と目標の提出", TODAY.plusDays(2), taro, hanako));
        feed.items.add(item("結果の提出", TODAY.plusDays(10), taro)); // outside the 3 days

        ReminderRun run = job.run(TODAY);

        assertThat(run.ran()).isTrue();
        assertThat(run.dueSoonReminders()).isEqualTo(2);
        assertThat(run.mailsQueued()).isEqualTo(1); // hanako has no address: in-app only
        assertThat(notifications(taro, "DUE_SOON")).isEqualTo(1);
        assertThat(notifications(hanako, "DUE_SOON")).isEqualTo(1);
        assertThat(outbox.dispatchDue(Instant.now())).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【Hoshin】期限が近づいています（1件）");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("taro@city.example.lg.jp");
        assertThat(received[0].getContent().toString())
                .contains("通知 太郎 様")
                .contains("運営方針と目標の提出（企画部） 期限 令和8（2026）年6月3日")
                .contains("https://hoshin.example.jp/staff/m/132047/2026/plans/kikaku")
                .doesNotContain("結果の提出");

        // the same day again: nothing (ran already); the next day: the same item and deadline is not reminded again
        assertThat(job.run(TODAY).ran()).isFalse();
        ReminderRun nextDay = job.run(TODAY.plusDays(1));
        assertThat(nextDay.ran()).isTrue();
        assertThat(nextDay.dueSoonReminders()).isZero();
        assertThat(notifications(taro, "DUE_SOON")).isEqualTo(1);

        // a moved deadline is a new deadline: reminded again
        feed.items.clear();
        feed.items.add(item("運営方針と目標の提出", TODAY.plusDays(4), taro));
        assertThat(job.run(TODAY.plusDays(2)).dueSoonReminders()).isEqualTo(1);
        assertThat(notifications(taro, "DUE_SOON")).isEqualTo(2);
    }

    @Test
    void overdueItemsComeAsOneDailyDigestPerAccount() throws Exception {
        String taro = editor("taro@city.example.lg.jp");
        feed.items.add(item("運営方針と目標の提出", TODAY.minusDays(5), taro));
        feed.items.add(item("中間確認の記入", TODAY.minusDays(1), taro));
        feed.items.add(item("指標値の更新", TODAY.minusDays(20), taro));

        ReminderRun run = job.run(TODAY);

        assertThat(run.overdueDigests()).isEqualTo(1);
        assertThat(notifications(taro, "OVERDUE_DIGEST")).isEqualTo(1);
        assertThat(outbox.dispatchDue(Instant.now())).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【Hoshin】期限を過ぎた項目があります（3件）");
        String text = received[0].getContent().toString();
        assertThat(text)
                .contains("指標値の更新（企画部） 期限 令和8（2026）年5月12日（20日超過）")
                .contains("運営方針と目標の提出（企画部） 期限 令和8（2026）年5月27日（5日超過）")
                .contains("中間確認の記入（企画部） 期限 令和8（2026）年5月31日（1日超過）");
        assertThat(text.indexOf("指標値の更新")).isLessThan(text.indexOf("中間確認の記入"));

        // the next day the digest comes again (one a day), still one mail
        job.run(TODAY.plusDays(1));
        assertThat(notifications(taro, "OVERDUE_DIGEST")).isEqualTo(2);
    }

    @Test
    void twoRunnersOnTheSameDaySendEachReminderOnce() throws Exception {
        List<String> editors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String e = editor("editor" + i + "@city.example.lg.jp");
            editors.add(e);
            feed.items.add(item("提出 " + i, TODAY.plusDays(1), e));
            feed.items.add(item("更新 " + i, TODAY.minusDays(1), e));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.run(TODAY);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<ReminderRun> f : runs) {
                if (f.get().ran()) {
                    ran++;
                }
            }
            assertThat(ran).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        for (String e : editors) {
            assertThat(notifications(e, "DUE_SOON")).isEqualTo(1);
            assertThat(notifications(e, "OVERDUE_DIGEST")).isEqualTo(1);
        }
        // two senders racing on the outbox: each mail goes out once
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Instant now = Instant.now();
            Future<Integer> a = senders.submit(() -> outbox.dispatchDue(now));
            Future<Integer> b = senders.submit(() -> outbox.dispatchDue(now));
            assertThat(a.get() + b.get()).isEqualTo(10);
        } finally {
            senders.shutdownNow();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(10);
        assertThat(outbox.dispatchDue(Instant.now().plusSeconds(3600))).isZero();
    }

    @Test
    void aMailWaitsWhileTheServerIsDownIsShownFailedAndArrivesAfterARetry() throws Exception {
        smtp.stop();
        String taro = editor("taro@city.example.lg.jp");
        feed.items.add(item("運営方針と目標の提出", TODAY.plusDays(1), taro));
        job.run(TODAY);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it

        assertThat(outbox.dispatchDue(now)).isZero();
        List<OutboxMailView> waiting = outbox.unsent("132047", 10);
        assertThat(waiting).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MailStatus.PENDING);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.nextAttemptAt()).isAfterOrEqualTo(now.plus(Duration.ofMinutes(1)));
            assertThat(m.lastError()).isNotBlank().doesNotContain("taro@");
        });
        // not due yet: nothing is tried; then the back-off doubles
        assertThat(outbox.dispatchDue(now.plusSeconds(30))).isZero();
        assertThat(outbox.unsent("132047", 10).getFirst().attempts()).isEqualTo(1);
        outbox.dispatchDue(now.plus(Duration.ofMinutes(1)));
        OutboxMailView second = outbox.unsent("132047", 10).getFirst();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isAfterOrEqualTo(now.plus(Duration.ofMinutes(3)));
        outbox.dispatchDue(now.plus(Duration.ofMinutes(3)));
        OutboxMailView failed = outbox.unsent("132047", 10).getFirst();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(outbox.dispatchDue(now.plus(Duration.ofDays(1)))).isZero();

        // the administrator retries once the server is back: the mail arrives
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(outbox.retry(failed.id(), "990001")).isFalse(); // not that municipality's mail
        assertThat(outbox.retry(failed.id(), "132047")).isTrue();
        assertThat(outbox.dispatchDue(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.unsent("132047", 10)).isEmpty();
    }

    @Test
    @Transactional
    void aSendBackTellsTheDepartmentsEditorsInTheApplicationAndByMail() throws Exception {
        String taro = editor("taro@city.example.lg.jp");
        fiscalYears.open("132047", FiscalYear.of(2004), "test");
        PlanReference ref = new PlanReference("132047", 2004, "kikaku");
        DepartmentPlanView plan = plans.startDraft(ref);
        plan = plans.addProject(ref, plan.version(), new ProjectContent("テスト事業", "企画課", "内容", false, List.of(), null));
        String planner = "nt-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffAccounts.NewStaffAccount(
                "132047", planner, "企画 花子", Role.PLANNING_ADMIN, Set.of(), accounts.generatePassword()));
        plan = workflow.submit(ref, plan.version(), "mitaka-admin");
        assertThat(notifications(planner, "PLAN_STEP"))
                .as("提出 → the planning section")
                .isEqualTo(1);
        assertThat(notifications("mitaka-admin", "PLAN_STEP"))
                .as("who acted is not told")
                .isZero();
        plan = workflow.startConsultation(ref, plan.version(), "mitaka-admin");
        assertThat(notifications("mitaka-review", "PLAN_STEP"))
                .as("協議 → the mayor's office")
                .isEqualTo(1);
        workflow.sendBack(ref, plan.version(), "mitaka-review", "目標値の根拠を追記してください。");

        assertThat(notifications(taro, "PLAN_STEP")).isEqualTo(2); // 協議開始, 差し戻し
        assertThat(notifications("mitaka-somu", "PLAN_STEP"))
                .as("another department's editor")
                .isZero();
        String title = jdbc.queryForObject(
                "select n.title from notification n join staff_account s on s.id = n.recipient_id"
                        + " where s.username = ? order by n.id desc limit 1",
                String.class,
                taro);
        assertThat(title).isEqualTo("平成16（2004）年度 企画部の運営方針と目標が差し戻されました");
        assertThat(outbox.dispatchDue(Instant.now())).isGreaterThanOrEqualTo(2);
        assertThat(smtp.getReceivedMessages())
                .filteredOn(m -> subject(m).equals("【Hoshin】" + title))
                .singleElement()
                .satisfies(m -> assertThat(m.getContent().toString())
                        .contains("目標値の根拠を追記してください。")
                        .contains("https://hoshin.example.jp/staff/m/132047/2004/plans/kikaku"));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
