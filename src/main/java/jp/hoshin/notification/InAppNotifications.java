package jp.hoshin.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** 通知 in the application: each staff member reads and marks only their own. */
@Service
public class InAppNotifications {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InAppNotifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The recipient's latest notifications, newest first. */
    public List<NotificationView> list(long recipientId, int limit) {
        return jdbc.query(
                "select id, kind, title, body, url, created_at, read_at from notification where recipient_id = ?"
                        + " order by created_at desc, id desc limit ?",
                (rs, i) -> new NotificationView(
                        rs.getLong("id"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("url"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()),
                recipientId,
                limit);
    }

    public int unreadCount(long recipientId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null",
                Integer.class,
                recipientId);
        return n == null ? 0 : n;
    }

    /** Marks one of the recipient's own notifications read; false when the recipient has no such notification. */
    public boolean markRead(long recipientId, long id) {
        int n = jdbc.update(
                "update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?",
                Timestamp.from(clock.instant()),
                id,
                recipientId);
        return n == 1;
    }

    /** Marks all of the recipient's notifications read; returns how many were unread. */
    public int markAllRead(long recipientId) {
        return jdbc.update(
                "update notification set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(clock.instant()),
                recipientId);
    }
}
