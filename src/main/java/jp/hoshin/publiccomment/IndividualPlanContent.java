package jp.hoshin.publiccomment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What describes an individual plan: name (仮称 or not), 策定 / 改定, the owning department and section with
 * contact, purpose and overview, composition, main projects in order, period, and the 要素ID of the basic-plan
 * elements it serves.
 */
public record IndividualPlanContent(
        String name,
        boolean provisionalName,
        IndividualPlanKind kind,
        String departmentCode,
        @Nullable String section,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String purpose,
        @Nullable String composition,
        List<String> mainProjects,
        @Nullable String period,
        List<String> elementKeys) {

    public IndividualPlanContent {
        mainProjects = List.copyOf(mainProjects);
        elementKeys = List.copyOf(elementKeys);
    }

    /** The main projects one per line, for a text area. */
    public String mainProjectsText() {
        return String.join("\n", mainProjects);
    }

    public String elementKeysText() {
        return String.join(",", elementKeys);
    }
}
