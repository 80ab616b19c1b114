package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A consultation with its status at the time it was read and the day its results were published (公表日). */
public record ConsultationView(
        long id,
        String municipalityCode,
        ConsultationContent content,
        ConsultationStatus status,
        @Nullable Instant announcedAt,
        @Nullable Instant resultsPublishedAt,
        @Nullable LocalDate resultsPublishedOn,
        @Nullable String changesSummary,
        long version) {

    public boolean open() {
        return status == ConsultationStatus.OPEN;
    }

    public boolean acceptsWebOpinions() {
        return open() && content.channels().webForm();
    }

    public ConsultationPeriod period() {
        return content.period();
    }
}
