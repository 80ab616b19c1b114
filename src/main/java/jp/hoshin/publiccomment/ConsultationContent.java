package jp.hoshin.publiccomment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What staff write for a consultation. */
public record ConsultationContent(
        String departmentCode,
        String title,
        @Nullable String summary,
        List<Long> planIds,
        @Nullable String readingPlaces,
        ConsultationPeriod period,
        Channels channels,
        int retentionDays) {

    public static final int DEFAULT_RETENTION_DAYS = 365;

    public ConsultationContent {
        planIds = List.copyOf(planIds);
    }

    public ConsultationContent withChannels(Channels newChannels) {
        return new ConsultationContent(
                departmentCode, title, summary, planIds, readingPlaces, period, newChannels, retentionDays);
    }

    public ConsultationContent withPlanIds(List<Long> newPlanIds) {
        return new ConsultationContent(
                departmentCode, title, summary, newPlanIds, readingPlaces, period, channels, retentionDays);
    }
}
