package jp.hoshin.notification;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jp.hoshin.shared.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes notifications in the caller's transaction: the in-app rows, and for recipients with an address (when mail is
 * configured) the outbox rows, many at once ({@code unnest} of arrays, a statement per few thousand rows).
 */
@Component
class Deliveries {

    private static final int CHUNK = 5_000;
    private static final int TITLE_MAX = 300;

    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final NotificationProperties properties;

    Deliveries(JdbcTemplate jdbc, MailOutbox outbox, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Writes the deliveries; returns how many mails were queued. */
    int deliver(List<Delivery> deliveries, Instant now) {
        for (int from = 0; from < deliveries.size(); from += CHUNK) {
            List<Delivery> chunk = deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK));
            insertNotifications(chunk, now);
        }
        if (!outbox.configured()) {
            return 0;
        }
        List<Delivery> mailed =
                deliveries.stream().filter(d -> d.recipient().email() != null).toList();
        for (int from = 0; from < mailed.size(); from += CHUNK) {
            insertMails(mailed.subList(from, Math.min(mailed.size(), from + CHUNK)), now);
        }
        return mailed.size();
    }

    private void insertNotifications(List<Delivery> chunk, Instant now) {
        int n = chunk.size();
        Long[] recipients = new Long[n];
        String[] kinds = new String[n];
        String[] titles = new String[n];
        String[] bodies = new String[n];
        String[] urls = new String[n];
        for (int i = 0; i < n; i++) {
            Delivery d = chunk.get(i);
            recipients[i] = d.recipient().id();
            kinds[i] = d.kind().name();
            titles[i] = clip(d.title());
            bodies[i] = d.body();
            urls[i] = d.url();
        }
        jdbc.update(con -> statement(
                con,
                "insert into notification (recipient_id, kind, title, body, url, created_at)"
                        + " select r, k, t, b, u, ? from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as x(r, k, t, b, u)",
                now,
                con.createArrayOf("bigint", recipients),
                con.createArrayOf("text", kinds),
                con.createArrayOf("text", titles),
                con.createArrayOf("text", bodies),
                con.createArrayOf("text", urls)));
    }

    private void insertMails(List<Delivery> chunk, Instant now) {
        int n = chunk.size();
        Long[] recipients = new Long[n];
        String[] municipalities = new String[n];
        String[] addresses = new String[n];
        String[] subjects = new String[n];
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            Delivery d = chunk.get(i);
            recipients[i] = d.recipient().id();
            // the recipient's municipality, whose administrator sees the mail if it fails
            municipalities[i] =
                    d.recipient().municipalityCode() != null ? d.recipient().municipalityCode() : d.municipalityCode();
            addresses[i] = d.recipient().email();
            subjects[i] = clip(Messages.get("notification.mail.subject", d.title()));
            bodies[i] = mailBody(d);
        }
        jdbc.update(con -> statement(
                con,
                "insert into mail_outbox (recipient_id, municipality_code, recipient_address, subject, body, status,"
                        + " attempts, next_attempt_at, created_at)"
                        + " select r, m, a, s, b, 'PENDING', 0, ?, ? from unnest(?::bigint[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[]) as x(r, m, a, s, b)",
                now,
                now,
                con.createArrayOf("bigint", recipients),
                con.createArrayOf("text", municipalities),
                con.createArrayOf("text", addresses),
                con.createArrayOf("text", subjects),
                con.createArrayOf("text", bodies)));
    }

    private String mailBody(Delivery d) {
        String base = properties.baseUrl().replaceAll("/+$", "");
        StringBuilder body = new StringBuilder()
                .append(Messages.get("notification.mail.greeting", d.recipient().displayName()))
                .append("\n\n")
                .append(d.title())
                .append("\n\n")
                .append(d.body());
        if (d.url() != null) {
            body.append("\n\n").append(base).append(d.url());
        }
        body.append("\n\n").append(Messages.get("notification.mail.footer", base + "/staff/notifications"));
        return body.toString();
    }

    private static PreparedStatement statement(Connection con, String sql, Object... params) throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                ps.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof Array array) {
                ps.setArray(i + 1, array);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static String clip(String text) {
        return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX - 1) + "…";
    }
}
