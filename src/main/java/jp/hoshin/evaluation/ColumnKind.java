package jp.hoshin.evaluation;

import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;

/** What the figures of a year column of an evaluation sheet are: 決算, 予算, 見込 or 要求. */
public enum ColumnKind {
    SETTLED("決算"),
    BUDGET("予算"),
    FORECAST("見込"),
    REQUEST("要求");

    private final String label;

    ColumnKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named by its label (or its code name); refused in Japanese when there is none. */
    public static ColumnKind ofLabel(String text) {
        String t = JapaneseText.text(text);
        for (ColumnKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.settings.kindUnknown", t));
    }
}
