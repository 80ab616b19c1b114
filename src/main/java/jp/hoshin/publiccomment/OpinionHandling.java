package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/** The city's handling of one opinion. */
public record OpinionHandling(
        @Nullable String topic,
        @Nullable String cityView,
        boolean draftChanged,
        @Nullable String changeNote,
        Publication publication,
        @Nullable String summary,
        @Nullable String withheldReason,
        int opinionCount) {}
