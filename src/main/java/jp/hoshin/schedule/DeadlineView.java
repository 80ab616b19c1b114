package jp.hoshin.schedule;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One deadline of a year's schedule: a step (and checkpoint) for every department ({@code departmentCode} null) or for
 * one department, its due date (null: none set) and its 担当者 (a staff account's user name, null: the department's
 * editors).
 */
public record DeadlineView(
        ScheduleStep step,
        int checkpoint,
        @Nullable String departmentCode,
        @Nullable LocalDate due,
        @Nullable String assignee) {}
