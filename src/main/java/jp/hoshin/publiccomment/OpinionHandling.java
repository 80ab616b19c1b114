package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/** Whether an opinion's items are published, and why not. */
public record OpinionHandling(
        Publication publication, @Nullable String withheldReason) {}
