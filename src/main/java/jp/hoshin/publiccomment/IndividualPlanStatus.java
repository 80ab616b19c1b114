package jp.hoshin.publiccomment;

/** The stage of an individual plan: 素案 → 案 → 策定済. */
public enum IndividualPlanStatus {
    OUTLINE("素案"),
    PROPOSAL("案"),
    ADOPTED("策定済");

    private final String label;

    IndividualPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
