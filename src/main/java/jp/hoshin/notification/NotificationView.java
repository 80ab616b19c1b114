package jp.hoshin.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An in-app notification as its recipient reads it. */
public record NotificationView(
        long id,
        NotificationKind kind,
        String title,
        String body,
        @Nullable String url,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
