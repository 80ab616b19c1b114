package jp.hoshin.policyplan;

/** 計画の種別. */
public enum PolicyPlanKind {
    VISION("基本構想"),
    BASIC_PLAN("基本計画"),
    STRATEGY("総合戦略"),
    REFORM("行財政改革");

    private final String label;

    PolicyPlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PolicyPlanKind ofLabel(String label) {
        for (PolicyPlanKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("種別は「基本構想」「基本計画」「総合戦略」「行財政改革」のいずれかです。");
    }
}
