package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 意見募集期間 — from the start day to the deadline day (必着: the deadline day until 23:59:59 in Japan time).
 * The standard period is {@value #STANDARD_DAYS} days counting both ends; a shorter one needs a reason,
 * which is shown publicly.
 */
public record ConsultationPeriod(
        LocalDate startsOn, LocalDate deadline, @Nullable String shortenedReason) {

    public static final int STANDARD_DAYS = 30;
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public ConsultationPeriod {
        if (deadline.isBefore(startsOn)) {
            throw new BusinessRuleException(Messages.get("comment.period.deadlineBeforeStart"));
        }
        shortenedReason = shortenedReason == null || shortenedReason.isBlank() ? null : shortenedReason.strip();
        if (days(startsOn, deadline) < STANDARD_DAYS && shortenedReason == null) {
            throw new BusinessRuleException(Messages.get("comment.period.shortReasonRequired", STANDARD_DAYS));
        }
    }

    /** The standard period starting on the given day. */
    public static ConsultationPeriod standard(LocalDate startsOn) {
        return new ConsultationPeriod(startsOn, startsOn.plusDays(STANDARD_DAYS - 1), null);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public long days() {
        return days(startsOn, deadline);
    }

    public boolean shortened() {
        return days() < STANDARD_DAYS;
    }

    /** The first instant opinions are accepted: the start day at 0:00 in Japan. */
    public Instant opensAt() {
        return startsOn.atStartOfDay(JAPAN).toInstant();
    }

    /** The first instant opinions are no longer accepted: the day after the deadline at 0:00 in Japan. */
    public Instant closesAt() {
        return deadline.plusDays(1).atStartOfDay(JAPAN).toInstant();
    }

    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt()) && now.isBefore(closesAt());
    }

    public boolean upcomingAt(Instant now) {
        return now.isBefore(opensAt());
    }

    /** Whether something received on this day (in Japan) came after the deadline. */
    public boolean late(LocalDate receivedOn) {
        return receivedOn.isAfter(deadline);
    }
}
