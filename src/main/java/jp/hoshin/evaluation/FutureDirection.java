package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/** 今後の方向性 — what the evaluation concludes for the project. */
public enum FutureDirection {
    EXPAND("拡充"),
    CONTINUE("継続"),
    IMPROVE("改善・見直し"),
    REDUCE("縮小"),
    SUSPEND("休止・廃止");

    private final String label;

    FutureDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FutureDirection ofLabel(String text) {
        String t = text.strip();
        for (FutureDirection d : values()) {
            if (d.label.equals(t) || d.name().equalsIgnoreCase(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.direction.unknown"));
    }
}
