package jp.hoshin.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The demo data file format (src/main/resources/demo/*.yaml). */
record DemoFile(MunicipalityEntry municipality, List<YearEntry> years, @Nullable List<AccountEntry> accounts,
                @Nullable List<PlanEntry> plans) {

    /** A department plan of the seeds, published with its results (seed 004's 部長目標). */
    record PlanEntry(int year, String department, List<GoalEntry> goals, @Nullable String summary) {
    }

    record GoalEntry(String title, @Nullable String result, @Nullable Boolean main) {
    }

    record MunicipalityEntry(String code, String name, @Nullable String nameKana, String prefecture, @Nullable String publicNote) {
    }

    record YearEntry(int year, @Nullable String source, List<DepartmentEntry> departments) {
    }

    record DepartmentEntry(String code, String name, @Nullable List<String> sections, @Nullable String headName,
                           @Nullable String headNameKana, @Nullable String basicPolicy, @Nullable String workDescription,
                           @Nullable String missionHeadline, @Nullable String mission, @Nullable Integer staffCount,
                           @Nullable Long budgetYen, @Nullable Origin origin) {
    }

    record Origin(String kind, List<String> from) {
    }

    record AccountEntry(String username, String displayName, String role, @Nullable List<String> departments) {
    }
}
