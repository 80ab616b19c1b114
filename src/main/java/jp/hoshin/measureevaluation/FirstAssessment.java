package jp.hoshin.measureevaluation;

import org.jspecify.annotations.Nullable;

/**
 * 一次評価 — the owning department's assessment: 進捗 (a level of the municipality's scale), 成果と課題 and 今後の方向性 (a
 * label of the municipality's list). Labels are kept as recorded: a changed scale never rewrites an assessment.
 */
public record FirstAssessment(
        @Nullable String progress,
        @Nullable String resultsAndIssues,
        @Nullable String direction) {

    public static final int MAX_TEXT = 4000;

    public static final FirstAssessment EMPTY = new FirstAssessment(null, null, null);

    public FirstAssessment {
        progress = blankToNull(progress);
        resultsAndIssues = blankToNull(resultsAndIssues);
        direction = blankToNull(direction);
    }

    /** Whether everything a submission needs is there. */
    public boolean complete() {
        return progress != null && resultsAndIssues != null && direction != null;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
