package jp.hoshin.notification;

/**
 * What one run of the reminder job did: whether this instance ran it (false: another instance has run it today, or
 * there is nothing to ask), the open items read, the due-soon reminders and overdue digests written and the mails
 * queued.
 */
public record ReminderRun(boolean ran, int openItems, int dueSoonReminders, int overdueDigests, int mailsQueued) {

    static ReminderRun notRun() {
        return new ReminderRun(false, 0, 0, 0, 0);
    }
}
