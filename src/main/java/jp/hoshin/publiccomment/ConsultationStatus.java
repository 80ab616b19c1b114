package jp.hoshin.publiccomment;

/** The state of a consultation as the public sees it, derived from the clock (and the results once published). */
public enum ConsultationStatus {
    /** Not yet announced: staff only. */
    PREPARING("準備中"),
    /** 募集予定: announced, not yet open. */
    UPCOMING("募集予定"),
    /** 募集中. */
    OPEN("募集中"),
    /** 募集終了: closed, results not yet published. */
    CLOSED("募集終了"),
    /** 結果公表. */
    RESULTS_PUBLISHED("結果公表");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
