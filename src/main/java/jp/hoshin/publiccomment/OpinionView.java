package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An opinion as the handling staff see it. {@code submitter} is present only for staff allowed to see personal
 * data and only until it is deleted; public pages use {@link PublishedOpinion}.
 */
public record OpinionView(
        long id,
        String receiptNumber,
        OpinionChannel channel,
        LocalDate receivedOn,
        boolean late,
        @Nullable Long planId,
        String body,
        boolean groupSubmission,
        @Nullable PersonalData submitter,
        @Nullable Instant personalDataDeletedAt,
        int opinionCount,
        @Nullable String topic,
        @Nullable String cityView,
        boolean draftChanged,
        @Nullable String changeNote,
        Publication publication,
        @Nullable String summary,
        @Nullable String withheldReason,
        long version) {}
