package jp.hoshin.fiscalyear;

/** Whether a fiscal year can still be edited. */
public enum FiscalYearStatus {
    OPEN("受付中"),
    CLOSED("締め済み");

    private final String label;

    FiscalYearStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
