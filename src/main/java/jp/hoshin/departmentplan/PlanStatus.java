package jp.hoshin.departmentplan;

/** Where a department plan stands in the yearly workflow. */
public enum PlanStatus {
    DRAFT("作成中"),
    SUBMITTED("提出"),
    IN_CONSULTATION("協議"),
    FINALIZED("確定"),
    PUBLISHED("公表");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
