package jp.hoshin.evaluation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A recorded step of an evaluation sheet (from == to for an assessment recorded within a stage). */
public record EvaluationStepView(
        EvaluationStage from,
        EvaluationStage to,
        String takenBy,
        Instant takenAt,
        @Nullable String comment) {}
