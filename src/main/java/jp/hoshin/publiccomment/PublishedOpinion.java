package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/**
 * An item in the published results: its number, group (論点), plan, text (意見の要旨), the city's view, 反映区分 and the
 * change — or the number of the item whose answer it shares ({@code sharedNumber}, 0 when its own). Nothing personal.
 */
public record PublishedOpinion(
        int number,
        @Nullable String topic,
        @Nullable String planName,
        String text,
        @Nullable String cityView,
        @Nullable String reflection,
        @Nullable String changeNote,
        int sharedNumber) {}
