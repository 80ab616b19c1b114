package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the public results page (「…の結果」) shows of a plan whose results are published: its goals with their results,
 * and its 総括. Read for that page without the plan's content, its finalised snapshot, or the goals' descriptions and
 * targets ({@link PublishedPlans#resultsOfYear}); {@link #of} gives the same from a whole {@link DepartmentPlanView}.
 */
public record PublishedResult(
        long planId,
        String departmentCode,
        List<Goal> goals,
        @Nullable String summary) {

    /** A goal (事業・目標) of the plan: its number, its title and the label of the result scale it ended with. */
    public record Goal(int number, String title, @Nullable String result) {}

    public PublishedResult {
        goals = List.copyOf(goals);
    }

    /** The part of a published plan the results page shows. */
    public static PublishedResult of(DepartmentPlanView plan) {
        return new PublishedResult(
                plan.id(),
                plan.departmentCode(),
                plan.projects().stream()
                        .map(p -> new Goal(p.number(), p.title(), p.result()))
                        .toList(),
                plan.summary());
    }

    /** How many of the goals ended with each level of the scale. */
    public ResultCounts counts(ProgressScale scale) {
        return ResultCounts.ofResults(scale, goals.stream().map(Goal::result).toList());
    }
}
