package jp.hoshin.publiccomment;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What staff write for a consultation, with who may submit ({@code eligibility}, e.g. 市内在住・在勤・在学の方、事業者、
 * 利害関係者) and which submitter details the web form requires.
 */
public record ConsultationContent(
        String departmentCode,
        String title,
        @Nullable String summary,
        List<Long> planIds,
        @Nullable String readingPlaces,
        ConsultationPeriod period,
        Channels channels,
        int retentionDays,
        @Nullable String eligibility,
        Set<SubmitterDetail> requiredDetails) {

    public static final int DEFAULT_RETENTION_DAYS = 365;
    public static final int MAX_ELIGIBILITY = 300;

    public ConsultationContent {
        planIds = List.copyOf(planIds);
        requiredDetails = Set.copyOf(requiredDetails);
    }

    /** Anyone may submit, giving address, name and telephone. */
    public ConsultationContent(
            String departmentCode,
            String title,
            @Nullable String summary,
            List<Long> planIds,
            @Nullable String readingPlaces,
            ConsultationPeriod period,
            Channels channels,
            int retentionDays) {
        this(
                departmentCode,
                title,
                summary,
                planIds,
                readingPlaces,
                period,
                channels,
                retentionDays,
                null,
                SubmitterDetail.ALL);
    }

    public boolean requires(SubmitterDetail detail) {
        return requiredDetails.contains(detail);
    }

    public boolean requiresAddress() {
        return requires(SubmitterDetail.ADDRESS);
    }

    public boolean requiresName() {
        return requires(SubmitterDetail.NAME);
    }

    public boolean requiresPhone() {
        return requires(SubmitterDetail.PHONE);
    }

    public ConsultationContent withChannels(Channels newChannels) {
        return new ConsultationContent(
                departmentCode,
                title,
                summary,
                planIds,
                readingPlaces,
                period,
                newChannels,
                retentionDays,
                eligibility,
                requiredDetails);
    }

    public ConsultationContent withPlanIds(List<Long> newPlanIds) {
        return new ConsultationContent(
                departmentCode,
                title,
                summary,
                newPlanIds,
                readingPlaces,
                period,
                channels,
                retentionDays,
                eligibility,
                requiredDetails);
    }
}
