package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A department plan as pages, the API and other modules read it. */
public record DepartmentPlanView(long id, long fiscalYearId, String departmentCode, PlanStatus status, PlanContent content,
                                 List<ProjectView> projects, @Nullable String summary, int revision,
                                 @Nullable String revisionReason, long version) {
}
