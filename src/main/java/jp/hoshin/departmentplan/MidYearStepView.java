package jp.hoshin.departmentplan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step of a mid-year check as its page lists it. */
public record MidYearStepView(
        MidYearState from,
        MidYearState to,
        String takenBy,
        Instant takenAt,
        @Nullable String comment) {}
