package jp.hoshin.measureevaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step taken on a measure evaluation sheet: from which stage to which, who, when, why. */
public record MeasureEvaluationStepView(
        MeasureEvaluationStage from,
        MeasureEvaluationStage to,
        String takenBy,
        Instant takenAt,
        @Nullable String comment) {}
