package jp.hoshin.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hoshin.HoshinApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (a timed main, not a unit test): the daily reminder job over 1,741 municipalities × 30 departments — one open
 * item per department (52,230 items; half overdue, half due within the reminder window), each owed by the department's
 * two editors (104,460 accounts, one of the two with an e-mail address), SMTP configured so that mails are queued in the
 * outbox (not sent). Target: the first run (every reminder new) ≤ 60 s, including writing the notifications, the
 * reminder records and the outbox rows in PostgreSQL. Runs on a throwaway embedded database under
 * {@code target/bench-reminders}. Run with {@code bench/reminders.sh}.
 */
public final class ReminderJobBenchmark {

    static final int MUNICIPALITIES = 1_741;
    static final int DEPARTMENTS = 30;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private ReminderJobBenchmark() {}

    /** Registered by hand in {@link #main}: no annotation, so the test contexts' component scan never picks it up. */
    static final class SyntheticFeed {

        private SyntheticFeed() {}

        static ReminderFeed feed() {
            return dueBy -> {
                List<ReminderFeed.OpenItem> items = new ArrayList<>(MUNICIPALITIES * DEPARTMENTS);
                for (int m = 1; m <= MUNICIPALITIES; m++) {
                    String code = code(m);
                    for (int d = 1; d <= DEPARTMENTS; d++) {
                        LocalDate due = d % 2 == 0 ? TODAY.minusDays(1 + (m + d) % 10) : TODAY.plusDays((m + d) % 4);
                        if (due.isAfter(dueBy)) {
                            continue;
                        }
                        items.add(new ReminderFeed.OpenItem(
                                code,
                                2026,
                                "d" + d,
                                "第" + d + "部",
                                d % 2 == 0 ? "指標値と取組状況の更新" : "運営方針と目標の提出",
                                due,
                                "/staff/m/" + code + "/2026/plans/d" + d,
                                List.of("b" + code + "-" + d + "-1", "b" + code + "-" + d + "-2")));
                    }
                }
                return items;
            };
        }
    }

    static String code(int m) {
        return String.valueOf(500_000 + m);
    }

    public static void main(String[] args) {
        long boot = System.nanoTime();
        // system properties: above application.properties (which sets the data directory, demo data and no cleaning)
        Map.of(
                        "hoshin.embedded-db.data-dir", "target/bench-reminders/postgres",
                        "hoshin.embedded-db.clean", "true",
                        "hoshin.demo.enabled", "false",
                        "server.port", "0",
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", "1",
                        "hoshin.notification.reminder-cron", "-",
                        "hoshin.notification.outbox-interval", "24h",
                        "logging.level.root", "WARN",
                        "logging.level.jp.hoshin.notification", "INFO")
                .forEach(System::setProperty);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HoshinApplication.class)
                .initializers(app -> ((org.springframework.beans.factory.support.BeanDefinitionRegistry)
                                app.getBeanFactory())
                        .registerBeanDefinition(
                                "syntheticReminderFeed",
                                org.springframework.beans.factory.support.BeanDefinitionBuilder.genericBeanDefinition(
                                                ReminderFeed.class, SyntheticFeed::feed)
                                        .setPrimary(true)
                                        .getBeanDefinition()))
                .run()) {
            System.out.printf("started in %.1f s%n", (System.nanoTime() - boot) / 1e9);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long setup = System.nanoTime();
            jdbc.update("insert into municipality (code, name, prefecture) select (500000 + g)::text, 'ベンチ市' || g,"
                    + " '東京都' from generate_series(1, " + MUNICIPALITIES + ") g");
            jdbc.update(
                    "insert into staff_account (municipality_code, username, display_name, password_hash, role, email)"
                            + " select m.code, 'b' || m.code || '-' || d || '-' || e, '職員' || d || '-' || e, '{noop}x',"
                            + " 'DEPARTMENT_EDITOR', case when e = 1 then 'b' || m.code || '-' || d || '@city.example.lg.jp' end"
                            + " from municipality m cross join generate_series(1, " + DEPARTMENTS + ") d"
                            + " cross join generate_series(1, 2) e where m.code >= '500001'");
            jdbc.update(
                    "insert into staff_department (staff_id, department_code) select id, 'd' || split_part(username, '-', 2)"
                            + " from staff_account where username like 'b5%'");
            jdbc.execute("analyze");
            System.out.printf(
                    "setup: %d municipalities, %d accounts in %.1f s%n",
                    MUNICIPALITIES,
                    jdbc.queryForObject("select count(*) from staff_account", Long.class),
                    (System.nanoTime() - setup) / 1e9);

            ReminderJob job = context.getBean(ReminderJob.class);
            for (int day = 0; day < 2; day++) {
                long start = System.nanoTime();
                ReminderRun run = job.run(TODAY.plusDays(day));
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "run %s: %.1f s — %d open items, %d due-soon reminders, %d overdue digests, %d mails queued%n",
                        TODAY.plusDays(day),
                        seconds,
                        run.openItems(),
                        run.dueSoonReminders(),
                        run.overdueDigests(),
                        run.mailsQueued());
            }
            System.out.printf(
                    "rows: notification %d, reminder_sent %d, mail_outbox %d%n",
                    jdbc.queryForObject("select count(*) from notification", Long.class),
                    jdbc.queryForObject("select count(*) from reminder_sent", Long.class),
                    jdbc.queryForObject("select count(*) from mail_outbox", Long.class));
        }
    }
}
