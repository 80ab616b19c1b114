package jp.hoshin.notification;

/** What a notification is about. */
public enum NotificationKind {
    /** 期限が近づいています: items due within the reminder window. */
    DUE_SOON,
    /** 期限を過ぎた項目: the daily digest of overdue items. */
    OVERDUE_DIGEST,
    /** A department plan (or its results) took a step that concerns the recipient. */
    PLAN_STEP
}
