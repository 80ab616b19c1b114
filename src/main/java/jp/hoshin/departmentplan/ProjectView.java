package jp.hoshin.departmentplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A project of a plan as pages and the API read it. */
public record ProjectView(long id, int number, String title, @Nullable String leadSection, @Nullable String description,
                          boolean main, List<TargetIndicator> targets, @Nullable AchievementStatus result,
                          @Nullable String resultExplanation, @Nullable Long carriedFromId, @Nullable String policyElementKey) {
}
