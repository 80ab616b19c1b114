package jp.hoshin.policyplan;

/** How an indicator's target is set: a number, 「維持」 (keep the baseline), or a state such as 「都市計画決定」. */
public enum TargetKind {
    NUMBER("数値"),
    KEEP("維持"),
    STATE("状態");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static TargetKind ofLabel(String label) {
        for (TargetKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("目標種別は「数値」「維持」「状態」のいずれかです。");
    }
}
