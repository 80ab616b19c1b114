package jp.hoshin.whitepaper;

import org.jspecify.annotations.Nullable;

/**
 * Which chapters the paper has and their introductions: the basic plan (with the strategy as its last
 * section, or the strategy alone when there is no basic plan), the action plan, the departments'
 * 運営方針と目標 results, the year's published project evaluations (事業評価) and measure evaluations (施策評価). A city with other plans leaves a chapter out; the numbering follows.
 */
public record ChapterChoice(
        @Nullable String basicPlanKey,
        @Nullable String strategyKey,
        @Nullable String actionPlanKey,
        boolean departmentResults,
        @Nullable String introBasicPlan,
        @Nullable String introActionPlan,
        @Nullable String introResults,
        boolean evaluations,
        @Nullable String introEvaluations,
        boolean measureEvaluations,
        @Nullable String introMeasureEvaluations) {

    /** Without the chapter of measure evaluations (施策評価の結果). */
    public ChapterChoice(
            @Nullable String basicPlanKey,
            @Nullable String strategyKey,
            @Nullable String actionPlanKey,
            boolean departmentResults,
            @Nullable String introBasicPlan,
            @Nullable String introActionPlan,
            @Nullable String introResults,
            boolean evaluations,
            @Nullable String introEvaluations) {
        this(
                basicPlanKey,
                strategyKey,
                actionPlanKey,
                departmentResults,
                introBasicPlan,
                introActionPlan,
                introResults,
                evaluations,
                introEvaluations,
                false,
                null);
    }

    /** Without the chapter of project evaluations. */
    public ChapterChoice(
            @Nullable String basicPlanKey,
            @Nullable String strategyKey,
            @Nullable String actionPlanKey,
            boolean departmentResults,
            @Nullable String introBasicPlan,
            @Nullable String introActionPlan,
            @Nullable String introResults) {
        this(
                basicPlanKey,
                strategyKey,
                actionPlanKey,
                departmentResults,
                introBasicPlan,
                introActionPlan,
                introResults,
                false,
                null,
                false,
                null);
    }

    public ChapterChoice {
        basicPlanKey = FrontMatter.blankToNull(basicPlanKey);
        strategyKey = FrontMatter.blankToNull(strategyKey);
        actionPlanKey = FrontMatter.blankToNull(actionPlanKey);
        introBasicPlan = FrontMatter.blankToNull(introBasicPlan);
        introActionPlan = FrontMatter.blankToNull(introActionPlan);
        introResults = FrontMatter.blankToNull(introResults);
        introEvaluations = FrontMatter.blankToNull(introEvaluations);
        introMeasureEvaluations = FrontMatter.blankToNull(introMeasureEvaluations);
    }

    public boolean empty() {
        return basicPlanKey == null
                && strategyKey == null
                && actionPlanKey == null
                && !departmentResults
                && !evaluations
                && !measureEvaluations;
    }
}
