package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/** An opinion in the published results: the text (in full or its summary), the city's view and the change — nothing personal. */
public record PublishedOpinion(
        int number,
        @Nullable String topic,
        @Nullable String planName,
        String text,
        boolean summarised,
        @Nullable String cityView,
        boolean draftChanged,
        @Nullable String changeNote) {}
