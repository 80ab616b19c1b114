package jp.hoshin.policyplan.web;

import java.util.Map;
import java.util.Optional;

import jp.hoshin.policyplan.PlanTable;

/** The file names of the plan data tables in downloads (plans.csv …), as the demo data in the repository uses them. */
final class PlanDataFiles {

    static final Map<String, PlanTable> BY_NAME = Map.of("plans", PlanTable.PLANS, "revisions", PlanTable.REVISIONS,
            "phases", PlanTable.PHASES, "elements", PlanTable.ELEMENTS, "indicators", PlanTable.INDICATORS,
            "placements", PlanTable.PLACEMENTS, "values", PlanTable.VALUES, "progress", PlanTable.PROGRESS);

    private PlanDataFiles() {
    }

    static Optional<PlanTable> table(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static String fileName(PlanTable table) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == table).map(Map.Entry::getKey).findFirst().orElseThrow() + ".csv";
    }
}
