package jp.hoshin.measureevaluation;

import org.jspecify.annotations.Nullable;

/**
 * What is entered on a measure evaluation sheet and where it stands. A sheet not started yet has id 0 and version
 * {@link #NOT_STARTED}; its first save starts it.
 */
public record MeasureEvaluationView(
        long id,
        MeasureReference reference,
        long measureId,
        MeasureEvaluationStage stage,
        FirstAssessment first,
        SecondReview second,
        int revision,
        @Nullable String revisionReason,
        boolean illustrative,
        long version) {

    /** The version of a sheet nobody has saved yet. */
    public static final long NOT_STARTED = -1;

    static MeasureEvaluationView notStarted(MeasureReference ref, long measureId) {
        return new MeasureEvaluationView(
                0,
                ref,
                measureId,
                MeasureEvaluationStage.FIRST,
                FirstAssessment.EMPTY,
                SecondReview.EMPTY,
                0,
                null,
                false,
                NOT_STARTED);
    }

    public boolean started() {
        return version != NOT_STARTED;
    }

    public boolean frozen() {
        return stage.frozen();
    }

    /** The 今後の方向性 the sheet reached (the department's). */
    public @Nullable String direction() {
        return first.direction();
    }

    /** The rating the sheet reached: the 二次評価's, else the 一次評価's 進捗. */
    public @Nullable String rating() {
        return second.rating() != null ? second.rating() : first.progress();
    }

    MeasureEvaluationView withStage(MeasureEvaluationStage to) {
        return new MeasureEvaluationView(
                id, reference, measureId, to, first, second, revision, revisionReason, illustrative, version);
    }
}
