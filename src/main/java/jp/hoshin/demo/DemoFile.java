package jp.hoshin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The demo data file format (src/main/resources/demo/*.yaml). */
record DemoFile(
        MunicipalityEntry municipality,
        List<YearEntry> years,
        @Nullable List<AccountEntry> accounts,
        @Nullable List<PlanEntry> plans) {

    /** A department plan of the seeds, published, with its results where the seed has them (seed 004's 部長目標). */
    record PlanEntry(
            int year,
            String department,
            List<GoalEntry> goals,
            @Nullable String summary) {}

    /**
     * A goal or project: its title, and for seed 001's full form the lead section, description and target
     * indicators; {@code link} is the 要素ID of the plan element it serves (demo/plans/&lt;code&gt;/elements.csv).
     */
    record GoalEntry(
            String title,
            @Nullable String result,
            @Nullable Boolean main,
            @Nullable String leadSection,
            @Nullable String description,
            @Nullable List<TargetEntry> targets,
            @Nullable String link) {}

    /** A target indicator as written, with its structured form where the seed gives one. */
    record TargetEntry(
            String text,
            @Nullable String measure,
            @Nullable BigDecimal targetValue,
            @Nullable String unit,
            @Nullable LocalDate deadline,
            @Nullable BigDecimal baselineValue,
            @Nullable Integer baselineYear) {}

    record MunicipalityEntry(
            String code,
            String name,
            @Nullable String nameKana,
            String prefecture,
            @Nullable String publicNote) {}

    record YearEntry(int year, @Nullable String source, List<DepartmentEntry> departments) {}

    record DepartmentEntry(
            String code,
            String name,
            @Nullable List<String> sections,
            @Nullable String headName,
            @Nullable String headNameKana,
            @Nullable String basicPolicy,
            @Nullable String workDescription,
            @Nullable String missionHeadline,
            @Nullable String mission,
            @Nullable Integer staffCount,
            @Nullable Long budgetYen,
            @Nullable Origin origin) {}

    record Origin(String kind, List<String> from) {}

    record AccountEntry(
            String username,
            String displayName,
            String role,
            @Nullable List<String> departments) {}
}
