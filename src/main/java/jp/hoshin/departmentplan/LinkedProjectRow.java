package jp.hoshin.departmentplan;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@link DepartmentPlanRepository#findLinkedTo}: a linked project of a published plan (number, title, result),
 * or a plan under revision with the finalised snapshot that holds its linked projects.
 */
record LinkedProjectRow(
        long fiscalYearId,
        String departmentCode,
        @Nullable PlanStatus resultStatus,
        @Nullable Integer number,
        @Nullable String title,
        @Nullable String result,
        @Nullable String snapshot) {}
