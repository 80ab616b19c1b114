package jp.hoshin.publiccomment;

/** Whether an individual plan is made for the first time (策定) or revised (改定). */
public enum IndividualPlanKind {
    FORMULATION("策定"),
    REVISION("改定");

    private final String label;

    IndividualPlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
