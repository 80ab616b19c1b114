package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsultationPeriodTest {

    private static Instant japan(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ConsultationPeriod.JAPAN)
                .toInstant();
    }

    private final ConsultationPeriod period = ConsultationPeriod.standard(LocalDate.of(2026, 1, 1));

    @Test
    void theStandardPeriodIsThirtyDaysCountingBothEnds() {
        assertThat(period.deadline()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.shortened()).isFalse();
    }

    @Test
    void theDeadlineDayIsOpenUntil235959InJapanAndClosedAtMidnight() {
        assertThat(period.openAt(japan("2026-01-30T23:59:59"))).isTrue();
        assertThat(period.openAt(japan("2026-01-30T23:59:59.999"))).isTrue();
        assertThat(period.openAt(japan("2026-01-31T00:00:00"))).isFalse();
        // 23:59:59 in Tokyo is 14:59:59 UTC: a UTC clock must not keep it open until midnight UTC
        assertThat(period.openAt(Instant.parse("2026-01-30T15:00:00Z"))).isFalse();
    }

    @Test
    void beforeTheStartDayItIsUpcomingAndNotOpen() {
        assertThat(period.upcomingAt(japan("2025-12-31T23:59:59"))).isTrue();
        assertThat(period.openAt(japan("2025-12-31T23:59:59"))).isFalse();
        assertThat(period.openAt(japan("2026-01-01T00:00:00"))).isTrue();
    }

    @Test
    void aShorterPeriodNeedsAReason() {
        assertThatThrownBy(() -> new ConsultationPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 29), " "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("理由");
        ConsultationPeriod shorter =
                new ConsultationPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14), "法令の施行日に間に合わせるため");
        assertThat(shorter.shortened()).isTrue();
        assertThat(shorter.days()).isEqualTo(14);
    }

    @Test
    void aDeadlineBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> new ConsultationPeriod(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9), "x"))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void lateMeansReceivedAfterTheDeadlineDay() {
        assertThat(period.late(LocalDate.of(2026, 1, 30))).isFalse();
        assertThat(period.late(LocalDate.of(2026, 1, 31))).isTrue();
    }

    @Test
    void aConsultationIsPreparingUntilAnnouncedThenFollowsTheClock() {
        Consultation c = new Consultation(
                "132047",
                new ConsultationContent(
                        "kikaku",
                        "t",
                        null,
                        java.util.List.of(1L),
                        null,
                        period,
                        new Channels(true, null, null, null, null),
                        365));
        assertThat(c.statusAt(japan("2026-01-05T12:00:00"))).isEqualTo(ConsultationStatus.PREPARING);
        c.announce(japan("2025-12-20T09:00:00"));
        assertThat(c.statusAt(japan("2025-12-31T23:59:59"))).isEqualTo(ConsultationStatus.UPCOMING);
        assertThat(c.statusAt(japan("2026-01-30T23:59:59"))).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.statusAt(japan("2026-01-31T00:00:00"))).isEqualTo(ConsultationStatus.CLOSED);
        assertThatThrownBy(() -> c.publishResults(japan("2026-01-30T23:59:59"), null))
                .isInstanceOf(BusinessRuleException.class);
        c.publishResults(japan("2026-01-31T00:00:00"), null);
        assertThat(c.statusAt(japan("2026-02-01T00:00:00"))).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED);
    }
}
