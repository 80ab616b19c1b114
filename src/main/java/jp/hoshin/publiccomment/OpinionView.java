package jp.hoshin.publiccomment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An opinion as the handling staff see it. {@code submitter} is present only for staff allowed to see personal
 * data, only until it is deleted and only with the details the submitter gave; public pages use
 * {@link PublishedOpinion}. Its items and their answers are {@link OpinionItemView}s.
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
        Publication publication,
        @Nullable String withheldReason,
        long version) {}
