package jp.hoshin.measureevaluation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * 二次評価 — the planning section's review: its own rating (a level of the municipality's 進捗 scale) and comment, with
 * the 市民意識調査 figures (重要度, 満足度) where the city has them.
 */
public record SecondReview(
        @Nullable String rating,
        @Nullable String comment,
        @Nullable BigDecimal surveyImportance,
        @Nullable BigDecimal surveySatisfaction) {

    public static final SecondReview EMPTY = new SecondReview(null, null, null, null);

    public SecondReview {
        rating = FirstAssessment.blankToNull(rating);
        comment = FirstAssessment.blankToNull(comment);
    }
}
