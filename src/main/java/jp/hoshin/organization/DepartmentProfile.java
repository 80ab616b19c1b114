package jp.hoshin.organization;

import java.util.Arrays;
import java.util.List;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * What a department says of itself in a year: the head (部長) and reading, 基本方針, 部の仕事,
 * 部の使命・目標 (headline and statements), and its resources (職員数, 予算規模 in yen).
 */
public record DepartmentProfile(
        @Nullable String headName,
        @Nullable String headNameKana,
        @Nullable String basicPolicy,
        @Nullable String workDescription,
        @Nullable String missionHeadline,
        @Nullable String mission,
        @Nullable Integer staffCount,
        @Nullable Long budgetYen) {

    private static void checkLength(@Nullable String value, int max, String label) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(Messages.get("form.tooLong", label, max));
        }
    }

    /** The 使命・目標 statements, one per line. */
    public List<String> missionStatements() {
        if (mission == null) {
            return List.of();
        }
        return Arrays.stream(mission.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    public DepartmentProfile {
        checkLength(headName, 60, "部長名");
        checkLength(headNameKana, 120, "部長名（ふりがな）");
        checkLength(basicPolicy, 2000, "基本方針");
        checkLength(workDescription, 4000, "部の仕事");
        checkLength(missionHeadline, 200, "部の使命・目標（見出し）");
        checkLength(mission, 8000, "部の使命・目標");
        if (staffCount != null && staffCount < 0) {
            throw new IllegalArgumentException(Messages.get("organization.staffCount.negative"));
        }
        if (budgetYen != null && budgetYen < 0) {
            throw new IllegalArgumentException(Messages.get("organization.budget.negative"));
        }
    }
}
