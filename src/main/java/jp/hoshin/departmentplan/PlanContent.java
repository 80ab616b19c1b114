package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Parts 1–3 of a plan apart from the projects: 部の使命・目標 (headline and goal statements, one per
 * line; seed 004's short goals are written here too), 各課の役割, 部の経営資源, 実施方針 (one per line).
 */
public record PlanContent(
        @Nullable String missionHeadline,
        @Nullable String mission,
        List<SectionRole> sectionRoles,
        @Nullable Integer staffCount,
        @Nullable Long budgetYen,
        @Nullable String policies) {

    public PlanContent {
        sectionRoles = List.copyOf(sectionRoles);
        if (staffCount != null && staffCount < 0 || budgetYen != null && budgetYen < 0) {
            throw new IllegalArgumentException(Messages.get("departmentplan.content.negative"));
        }
    }
}
