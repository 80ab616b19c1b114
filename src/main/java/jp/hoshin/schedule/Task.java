package jp.hoshin.schedule;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One thing a staff member must do (the to-do list of the staff home and {@code GET /api/v1/me/tasks}).
 *
 * @param kind the step ({@link ScheduleStep} name, with {@code -n} for a checkpoint), or {@code LATE-<step>} for the
 *     planning section's line about a department that is late with its own step
 * @param municipality the municipality's code
 * @param department the department's name, null for a municipality-wide step
 * @param title what to do, as people read it (運営方針と目標 提出（差し戻し）)
 * @param due the deadline, null when none is set
 * @param overdue whether the deadline has passed
 * @param url the staff page where it is done
 */
public record Task(
        String kind,
        String municipality,
        int fiscalYear,
        @Nullable String department,
        String title,
        @Nullable LocalDate due,
        boolean overdue,
        String url) {}
