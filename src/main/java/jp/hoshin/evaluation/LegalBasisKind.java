package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/** How binding the 根拠法令 makes the project. */
public enum LegalBasisKind {
    MANDATORY("法定義務"),
    EFFORT("努力義務"),
    DISCRETIONARY("任意"),
    NONE("なし");

    private final String label;

    LegalBasisKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LegalBasisKind ofLabel(String text) {
        String t = text.strip();
        for (LegalBasisKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.legalBasisKind.unknown"));
    }
}
