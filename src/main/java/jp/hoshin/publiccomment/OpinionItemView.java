package jp.hoshin.publiccomment;

import org.jspecify.annotations.Nullable;

/**
 * An item of an opinion as the handling staff see it: its number in the results (0 while its opinion is withheld),
 * its text and group, and the answer — its own, or that of item {@code sharedNumber} ({@code answerOf}).
 */
public record OpinionItemView(
        long id,
        long opinionId,
        int position,
        int number,
        String text,
        @Nullable String topic,
        @Nullable String cityView,
        @Nullable String reflection,
        @Nullable String changeNote,
        @Nullable Long answerOf,
        int sharedNumber,
        long version) {

    public boolean answered() {
        return cityView != null && !cityView.isBlank() && reflection != null;
    }
}
