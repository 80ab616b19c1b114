package jp.hoshin.policyplan;

/** The role an indicator plays where it is placed. */
public enum PlacementRole {
    MEASURE("目標指標"),
    GOAL("数値目標"),
    KPI("KPI");

    private final String label;

    PlacementRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PlacementRole ofLabel(String label) {
        for (PlacementRole r : values()) {
            if (r.label.equalsIgnoreCase(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("役割は「目標指標」「数値目標」「KPI」のいずれかです。");
    }
}
