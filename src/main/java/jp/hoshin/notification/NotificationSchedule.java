package jp.hoshin.notification;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** When the jobs run: the reminders daily ({@code hoshin.notification.reminder-cron}), the outbox every few seconds. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationSchedule {

    private final ReminderJob reminders;
    private final MailOutbox outbox;
    private final Clock clock;

    NotificationSchedule(ReminderJob reminders, MailOutbox outbox, Clock clock) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${hoshin.notification.reminder-cron:0 0 7 * * *}",
            zone = "${hoshin.notification.zone:Asia/Tokyo}")
    void remind() {
        reminders.runToday();
    }

    @Scheduled(
            initialDelayString = "${hoshin.notification.outbox-interval:30s}",
            fixedDelayString = "${hoshin.notification.outbox-interval:30s}")
    void send() {
        outbox.dispatchDue(clock.instant());
    }
}
