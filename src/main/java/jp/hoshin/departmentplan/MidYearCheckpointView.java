package jp.hoshin.departmentplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A checkpoint of the mid-year check; {@code version} null for the default checkpoint not yet stored. */
public record MidYearCheckpointView(
        int number,
        String label,
        LocalDate referenceDate,
        @Nullable Long version) {}
