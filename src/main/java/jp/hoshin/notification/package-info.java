/**
 * 通知 — reminders and notifications: in-app notifications per staff account (read/unread), e-mail through SMTP via a
 * PostgreSQL outbox (claimed with {@code FOR UPDATE SKIP LOCKED}, retried with back-off, failures shown to the
 * administrator), the daily reminder job over the open items of a {@link jp.hoshin.notification.ReminderFeed} (one
 * reminder per item and deadline, one digest of overdue items per account and day, once across instances), and the
 * notifications of a department plan's steps ({@code departmentplan.PlanStepTaken}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
@org.jspecify.annotations.NullMarked
package jp.hoshin.notification;
