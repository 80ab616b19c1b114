package jp.hoshin.publiccomment;

/** Whether an opinion's items appear in the published results. */
public enum Publication {
    FULL("公表する"),
    WITHHELD("公表しない");

    private final String label;

    Publication(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
