package jp.hoshin.departmentplan;

import jp.hoshin.organization.DepartmentProfile;
import org.jspecify.annotations.Nullable;

/**
 * 部の使命・目標 and 経営資源 as a plan shows them. One stored value per department and year: the organisation's
 * department ({@link DepartmentProfile}) while the plan is being written; the copy in the finalised snapshot once it
 * is 確定 or 公表, so a later change on the organisation page does not rewrite what was finalised.
 */
record MissionAndResources(
        @Nullable String missionHeadline,
        @Nullable String mission,
        @Nullable Integer staffCount,
        @Nullable Long budgetYen) {

    static MissionAndResources of(DepartmentProfile p) {
        return new MissionAndResources(p.missionHeadline(), p.mission(), p.staffCount(), p.budgetYen());
    }

    static MissionAndResources of(PlanContent c) {
        return new MissionAndResources(c.missionHeadline(), c.mission(), c.staffCount(), c.budgetYen());
    }

    boolean missionBlank() {
        return mission == null || mission.isBlank();
    }
}
