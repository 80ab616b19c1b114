package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A department plan as pages, the API and other modules read it. */
public record DepartmentPlanView(
        long id,
        long fiscalYearId,
        String departmentCode,
        PlanStatus status,
        PlanContent content,
        List<ProjectView> projects,
        @Nullable String summary,
        @Nullable PlanStatus resultStatus,
        int revision,
        @Nullable String revisionReason,
        long version) {

    /** The plan as citizens may read it before its results are published: without results and 総括. */
    public DepartmentPlanView withoutUnpublishedResults() {
        if (resultStatus == PlanStatus.PUBLISHED) {
            return this;
        }
        return new DepartmentPlanView(
                id,
                fiscalYearId,
                departmentCode,
                status,
                content,
                projects.stream().map(ProjectView::withoutResult).toList(),
                null,
                resultStatus,
                revision,
                revisionReason,
                version);
    }

    /** How many goals ended with each level of the municipality's result scale (for the 結果発表). */
    public ResultCounts resultCounts(ProgressScale scale) {
        return ResultCounts.of(scale, projects);
    }
}
