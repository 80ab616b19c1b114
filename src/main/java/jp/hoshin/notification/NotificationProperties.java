package jp.hoshin.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.notification.*}: whether reminders and notifications are made at all ({@code enabled}); how many days
 * before a deadline an item is reminded of ({@code reminder-days}); when the daily reminder job runs (cron in
 * {@code zone}, {@code -} = never); the sender address of mails; how often the outbox is checked; how many attempts a mail
 * gets before it is marked failed, and the first back-off (doubled each time, at most {@code max-retry-delay}); how long
 * a claim on a mail lasts before another instance may take it over; the base URL links in mails start with. Mails are
 * sent only when {@code spring.mail.host} is set.
 */
@ConfigurationProperties("hoshin.notification")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("3") int reminderDays,
        @DefaultValue("0 0 7 * * *") String reminderCron,
        @DefaultValue("Asia/Tokyo") String zone,
        @DefaultValue("hoshin@localhost") String sender,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("30s") Duration outboxInterval,
        @DefaultValue("50") int outboxBatch,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("6h") Duration maxRetryDelay,
        @DefaultValue("10m") Duration claimLease) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: retryDelay × 2^(attempts−1). */
    public Duration backOff(int attempts) {
        Duration wait = retryDelay.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : wait;
    }
}
