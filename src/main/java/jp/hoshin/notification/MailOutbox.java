package jp.hoshin.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.hoshin.notification.OutboxMailView.MailStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * 送信待ちのメール — the PostgreSQL outbox of notification mails. Rows are written with the notification (nothing is lost
 * when the mail server is down); {@link #dispatchDue} claims due rows with {@code FOR UPDATE SKIP LOCKED} (so two
 * instances never take the same mail), sends them, and marks each sent, retried later with exponential back-off, or
 * failed after the maximum attempts, which the administrator sees and may retry. Logs ids and counts, never addresses.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final int ERROR_MAX = 500;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String instance = "hoshin-" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    MailOutbox(
            JdbcTemplate jdbc,
            ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether mail is configured ({@code spring.mail.host}); without it notifications are in-app only. */
    public boolean configured() {
        return properties.enabled() && mailSender.getIfAvailable() != null;
    }

    /** Sends every mail due at {@code now}, a batch at a time; returns how many were sent. */
    public int dispatchDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !properties.enabled()) {
            return 0;
        }
        int sent = 0;
        while (true) {
            List<Claimed> batch = claim(now);
            if (batch.isEmpty()) {
                return sent;
            }
            int sentNow = send(sender, batch, now);
            sent += sentNow;
            if (batch.size() < properties.outboxBatch() || sentNow == 0) {
                // the last batch, or none of it went out (the server is down): the rest waits for the next round
                return sent;
            }
        }
    }

    /** Claims due mails (pending and due, or claimed by an instance longer ago than the lease), in one statement. */
    private List<Claimed> claim(Instant now) {
        return jdbc.query(
                "update mail_outbox set status = 'SENDING', claimed_by = ?, claimed_at = ? where id in ("
                        + " select id from mail_outbox where (status = 'PENDING' and next_attempt_at <= ?)"
                        + " or (status = 'SENDING' and claimed_at < ?)"
                        + " order by next_attempt_at, id limit ? for update skip locked)"
                        + " returning id, recipient_address, subject, body, attempts",
                (rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("recipient_address"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")),
                instance,
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now.minus(properties.claimLease())),
                properties.outboxBatch());
    }

    private int send(JavaMailSender sender, List<Claimed> batch, Instant now) {
        List<SimpleMailMessage> messages = new ArrayList<>(batch.size());
        for (Claimed c : batch) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(properties.sender());
            m.setTo(c.address());
            m.setSubject(c.subject());
            m.setText(c.body());
            m.setSentDate(java.util.Date.from(now));
            messages.add(m);
        }
        Map<Object, Exception> failures = Map.of();
        @Nullable MailException all = null;
        try {
            sender.send(messages.toArray(SimpleMailMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            if (failures.isEmpty()) {
                all = e;
            }
        } catch (MailException e) {
            all = e;
        }
        int sent = 0;
        Set<Long> failed = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Claimed c = batch.get(i);
            Exception problem = all != null ? all : failures.get(messages.get(i));
            if (problem == null) {
                jdbc.update(
                        "update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,"
                                + " claimed_by = null, claimed_at = null where id = ? and claimed_by = ?",
                        Timestamp.from(now),
                        c.id(),
                        instance);
                sent++;
            } else {
                failed.add(c.id());
                int attempts = c.attempts() + 1;
                boolean giveUp = attempts >= properties.maxAttempts();
                jdbc.update(
                        "update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                                + " claimed_by = null, claimed_at = null where id = ? and claimed_by = ?",
                        giveUp ? MailStatus.FAILED.name() : MailStatus.PENDING.name(),
                        attempts,
                        Timestamp.from(now.plus(properties.backOff(attempts))),
                        describe(problem),
                        c.id(),
                        instance);
            }
        }
        if (!failed.isEmpty()) {
            log.warn("通知メール {} 件を送れませんでした（id {}）。後で再送します。", failed.size(), failed);
        }
        return sent;
    }

    /** The mails not sent yet (pending, being sent, failed) of a municipality (null: of every municipality), failed first. */
    public List<OutboxMailView> unsent(@Nullable String municipalityCode, int limit) {
        String where = municipalityCode == null ? "" : " and municipality_code = ?";
        Object[] args = municipalityCode == null ? new Object[] {limit} : new Object[] {municipalityCode, limit};
        return jdbc.query(
                "select id, municipality_code, recipient_address, subject, status, attempts, next_attempt_at, last_error,"
                        + " created_at from mail_outbox where status <> 'SENT'" + where
                        + " order by case status when 'FAILED' then 0 else 1 end, created_at desc, id desc limit ?",
                MailOutbox::view,
                args);
    }

    /** Puts a failed mail back in the queue, due now with its attempts counted afresh; false when there is none such. */
    public boolean retry(long id, @Nullable String municipalityCode) {
        String where = municipalityCode == null ? "" : " and municipality_code = ?";
        Timestamp now = Timestamp.from(clock.instant());
        Object[] args = municipalityCode == null ? new Object[] {now, id} : new Object[] {now, id, municipalityCode};
        return jdbc.update(
                        "update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null"
                                + " where id = ? and status = 'FAILED'" + where,
                        args)
                == 1;
    }

    /** What went wrong, for the administrator: the kind of error and its message, without any mail address. */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " / " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        text = ADDRESS.matcher(text).replaceAll("***");
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }

    private static OutboxMailView view(ResultSet rs, int i) throws SQLException {
        return new OutboxMailView(
                rs.getLong("id"),
                rs.getString("municipality_code"),
                rs.getString("recipient_address"),
                rs.getString("subject"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }

    private record Claimed(long id, String address, String subject, String body, int attempts) {}
}
