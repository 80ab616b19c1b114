package jp.hoshin.policyplan.web;

import java.util.Map;
import java.util.Optional;

import jp.hoshin.policyplan.PolicyTable;

/** The file names of the plan data tables in downloads (plans.csv …), as the demo data in the repository uses them. */
final class PolicyDataFiles {

    static final Map<String, PolicyTable> BY_NAME = Map.of(
            "plans",
            PolicyTable.PLANS,
            "revisions",
            PolicyTable.REVISIONS,
            "phases",
            PolicyTable.PHASES,
            "elements",
            PolicyTable.ELEMENTS,
            "indicators",
            PolicyTable.INDICATORS,
            "placements",
            PolicyTable.PLACEMENTS,
            "values",
            PolicyTable.VALUES,
            "progress",
            PolicyTable.PROGRESS);

    private PolicyDataFiles() {}

    static Optional<PolicyTable> table(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static String fileName(PolicyTable table) {
        return BY_NAME.entrySet().stream()
                        .filter(e -> e.getValue() == table)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow()
                + ".csv";
    }
}
