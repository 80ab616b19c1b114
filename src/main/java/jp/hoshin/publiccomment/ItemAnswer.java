package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/**
 * What staff write for an item: its text (意見の要旨) and group, and the answer — 市の考え方, 反映区分 and the change to
 * the plan — or the number of the item whose answer it shares.
 */
public record ItemAnswer(
        String text,
        @Nullable String topic,
        @Nullable String cityView,
        @Nullable String reflection,
        @Nullable String changeNote,
        @Nullable Integer sharesAnswerOf) {}
