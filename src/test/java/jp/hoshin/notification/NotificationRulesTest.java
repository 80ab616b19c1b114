package jp.hoshin.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {

    private final NotificationProperties properties = new NotificationProperties(
            true,
            3,
            "-",
            "Asia/Tokyo",
            "hoshin@localhost",
            "http://localhost:8080",
            Duration.ofSeconds(30),
            50,
            8,
            Duration.ofMinutes(1),
            Duration.ofHours(6),
            Duration.ofMinutes(10));

    @Test
    void theBackOffDoublesUpToItsLimit() {
        assertThat(properties.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.backOff(30)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theStoredErrorNeverHoldsAnAddress() {
        String text = MailOutbox.describe(new MailSendException(
                "Invalid Addresses: <taro.mitaka@city.example.lg.jp>", new IllegalStateException("550 hanako@x.jp")));
        assertThat(text).contains("MailSendException").contains("***").doesNotContain("@");
    }

    @Test
    void anItemIsKnownByWhereItBelongsWhatItIsAndItsLink() {
        var a = new ReminderFeed.OpenItem(
                "132047",
                2026,
                "kikaku",
                "企画部",
                "提出",
                java.time.LocalDate.of(2026, 6, 1),
                "/staff/x",
                java.util.List.of("u"));
        var sameElsewhere = new ReminderFeed.OpenItem(
                "132047",
                2026,
                "somu",
                "総務部",
                "提出",
                java.time.LocalDate.of(2026, 6, 1),
                "/staff/x",
                java.util.List.of("u"));
        var otherAccounts = new ReminderFeed.OpenItem(
                "132047",
                2026,
                "kikaku",
                "企画部",
                "提出",
                java.time.LocalDate.of(2026, 7, 1),
                "/staff/x",
                java.util.List.of("v"));
        assertThat(ReminderJob.key(a)).hasSize(64).isNotEqualTo(ReminderJob.key(sameElsewhere));
        assertThat(ReminderJob.key(a)).isEqualTo(ReminderJob.key(otherAccounts));
    }
}
