package jp.hoshin.publiccomment;

/** How an opinion appears in the published results. */
public enum Publication {
    FULL("全文を公表"),
    SUMMARY("要旨を公表"),
    WITHHELD("公表しない");

    private final String label;

    Publication(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
