package jp.hoshin.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.identity.StaffContact;
import jp.hoshin.notification.ReminderFeed.OpenItem;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 期限のお知らせ — the daily reminders. For each responsible account: one 「期限が近づいています」 notification listing the
 * items due within {@code hoshin.notification.reminder-days} it was not yet reminded of for that deadline, and one digest
 * of its overdue items. Runs once a day across instances: the run and everything it writes are one transaction that
 * starts by inserting (job, day); a second instance waits for it and then does nothing (or takes over if it failed).
 */
@Service
public class ReminderJob {

    static final String JOB = "reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final int CHUNK = 10_000;

    private final ObjectProvider<ReminderFeed> feed;
    private final StaffAccounts accounts;
    private final Deliveries deliveries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String instance = "hoshin-" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    ReminderJob(
            ObjectProvider<ReminderFeed> feed,
            StaffAccounts accounts,
            Deliveries deliveries,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            NotificationProperties properties,
            Clock clock) {
        this.feed = feed;
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today's run (in {@code hoshin.notification.zone}). */
    public ReminderRun runToday() {
        return run(LocalDate.now(clock.withZone(ZoneId.of(properties.zone()))));
    }

    /** The run of {@code today}: does nothing when it has run that day on any instance, or there is no feed. */
    public ReminderRun run(LocalDate today) {
        ReminderFeed source = feed.getIfAvailable();
        if (source == null || !properties.enabled()) {
            return ReminderRun.notRun();
        }
        ReminderRun run = transaction.execute(status -> claimed(today) ? remind(source, today) : ReminderRun.notRun());
        if (run != null && run.ran()) {
            log.info(
                    "期限のお知らせ（{}）: 未完了 {} 件、期限前 {} 通知、期限切れのまとめ {} 通知、メール {} 通。",
                    today,
                    run.openItems(),
                    run.dueSoonReminders(),
                    run.overdueDigests(),
                    run.mailsQueued());
        }
        return run == null ? ReminderRun.notRun() : run;
    }

    private boolean claimed(LocalDate today) {
        return jdbc.update(
                        "insert into notification_job_run (job, run_date, instance, started_at) values (?, ?, ?, ?)"
                                + " on conflict do nothing",
                        JOB,
                        Date.valueOf(today),
                        instance,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    private ReminderRun remind(ReminderFeed source, LocalDate today) {
        Instant now = clock.instant();
        List<OpenItem> items = source.openItems(today.plusDays(properties.reminderDays()));
        Set<String> usernames = new HashSet<>();
        for (OpenItem item : items) {
            usernames.addAll(item.responsibleAccounts());
        }
        Map<String, StaffContact> contacts = new HashMap<>();
        for (StaffContact c : accounts.contacts(usernames)) {
            contacts.put(c.username(), c);
        }
        Map<StaffContact, List<OpenItem>> dueSoon = new LinkedHashMap<>();
        Map<StaffContact, List<OpenItem>> overdue = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (OpenItem item : items) {
            String key = item.due().isBefore(today) ? null : key(item);
            for (String username : new HashSet<>(item.responsibleAccounts())) {
                StaffContact c = contacts.get(username);
                if (c == null) {
                    continue;
                }
                if (key == null) {
                    overdue.computeIfAbsent(c, x -> new ArrayList<>()).add(item);
                } else {
                    candidates.add(new Candidate(c, item, key));
                }
            }
        }
        for (Candidate c : newReminders(candidates, today)) {
            dueSoon.computeIfAbsent(c.contact(), x -> new ArrayList<>()).add(c.item());
        }
        List<Delivery> out = new ArrayList<>(dueSoon.size() + overdue.size());
        dueSoon.forEach((c, list) -> out.add(delivery(c, NotificationKind.DUE_SOON, list, today)));
        overdue.forEach((c, list) -> out.add(delivery(c, NotificationKind.OVERDUE_DIGEST, list, today)));
        int mails = deliveries.deliver(out, now);
        return new ReminderRun(true, items.size(), dueSoon.size(), overdue.size(), mails);
    }

    /** Records (recipient, item, deadline) once; returns the candidates not reminded of before. */
    private List<Candidate> newReminders(List<Candidate> candidates, LocalDate today) {
        List<Candidate> fresh = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            Long[] ids = new Long[chunk.size()];
            String[] keys = new String[chunk.size()];
            Date[] dues = new Date[chunk.size()];
            Map<String, Candidate> byKey = new HashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Candidate c = chunk.get(i);
                ids[i] = c.contact().id();
                keys[i] = c.key();
                dues[i] = Date.valueOf(c.item().due());
                byKey.put(c.contact().id() + "|" + c.key() + "|" + c.item().due(), c);
            }
            List<String> inserted = jdbc.query(
                    con -> {
                        var ps = con.prepareStatement(
                                "insert into reminder_sent (recipient_id, item_key, due, reminded_on)"
                                        + " select r, k, d, ? from unnest(?::bigint[], ?::text[], ?::date[]) as x(r, k, d)"
                                        + " on conflict do nothing returning recipient_id, item_key, due");
                        ps.setDate(1, Date.valueOf(today));
                        ps.setArray(2, con.createArrayOf("bigint", ids));
                        ps.setArray(3, con.createArrayOf("text", keys));
                        ps.setArray(4, con.createArrayOf("date", dues));
                        return ps;
                    },
                    (rs, i) -> rs.getLong(1) + "|" + rs.getString(2) + "|"
                            + rs.getDate(3).toLocalDate());
            for (String k : inserted) {
                Candidate c = byKey.get(k);
                if (c != null) {
                    fresh.add(c);
                }
            }
        }
        return fresh;
    }

    private Delivery delivery(StaffContact to, NotificationKind kind, List<OpenItem> items, LocalDate today) {
        items.sort(Comparator.comparing(OpenItem::due).thenComparing(OpenItem::title));
        StringBuilder body = new StringBuilder();
        String base = properties.baseUrl().replaceAll("/+$", "");
        for (OpenItem item : items) {
            String where = item.departmentName().isBlank()
                    ? ""
                    : Messages.get("notification.reminder.department", item.departmentName());
            String line = kind == NotificationKind.OVERDUE_DIGEST
                    ? Messages.get(
                            "notification.reminder.overdueLine",
                            item.title(),
                            where,
                            JapaneseDates.format(item.due()),
                            String.valueOf(ChronoUnit.DAYS.between(item.due(), today)))
                    : Messages.get(
                            "notification.reminder.dueLine", item.title(), where, JapaneseDates.format(item.due()));
            body.append(line)
                    .append('\n')
                    .append("  ")
                    .append(base)
                    .append(item.url())
                    .append('\n');
        }
        String title = kind == NotificationKind.OVERDUE_DIGEST
                ? Messages.get("notification.reminder.overdueTitle", String.valueOf(items.size()))
                : Messages.get("notification.reminder.dueTitle", String.valueOf(items.size()));
        String url = items.size() == 1 ? items.getFirst().url() : "/staff";
        return new Delivery(
                to, kind, title, body.toString().strip(), url, items.getFirst().municipalityCode());
    }

    /** Which item: municipality, year, department, title and link, hashed to a fixed length. */
    static String key(OpenItem item) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = item.municipalityCode() + "\u0000" + item.fiscalYear() + "\u0000"
                    + (item.departmentCode() == null ? "" : item.departmentCode()) + "\u0000" + item.title() + "\u0000"
                    + item.url();
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Candidate(StaffContact contact, OpenItem item, String key) {}
}
