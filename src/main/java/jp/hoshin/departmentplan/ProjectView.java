package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project of a plan as pages and the API read it; {@code result} is the label of the municipality's result scale it
 * was recorded with (達成 …); {@code continuedFromId} marks a project copied (継続) from last year's plan. */
public record ProjectView(
        long id,
        int number,
        String title,
        @Nullable String leadSection,
        @Nullable String description,
        boolean main,
        List<TargetIndicator> targets,
        @Nullable String result,
        @Nullable String resultExplanation,
        @Nullable Long carriedFromId,
        @Nullable String policyElementKey,
        @Nullable Long continuedFromId) {

    /** This project without its result: no 結果, no explanation, no actual values (as citizens see it before 公表 of the results). */
    public ProjectView withoutResult() {
        return new ProjectView(
                id,
                number,
                title,
                leadSection,
                description,
                main,
                targets.stream().map(t -> t.withActual(null)).toList(),
                null,
                null,
                carriedFromId,
                policyElementKey,
                continuedFromId);
    }

    /** What the department wrote for this project. */
    public ProjectContent content() {
        return new ProjectContent(title, leadSection, description, main, targets, carriedFromId);
    }
}
