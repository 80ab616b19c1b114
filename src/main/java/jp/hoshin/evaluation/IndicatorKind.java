package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/** 活動指標 (what the project does) or 成果指標 (what it achieves). */
public enum IndicatorKind {
    ACTIVITY("活動指標"),
    OUTCOME("成果指標");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static IndicatorKind ofLabel(String text) {
        String t = text.strip();
        for (IndicatorKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t) || k.label.startsWith(t) && !t.isEmpty()) {
                return k;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.indicatorKind.unknown"));
    }
}
