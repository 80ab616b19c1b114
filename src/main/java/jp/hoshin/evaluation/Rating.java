package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/**
 * The three-step rating of 妥当性・有効性・効率性: A 高い (fully meets the point of view), B 普通 (meets it
 * for the most part), C 低い (falls short; the sheet says what to change).
 */
public enum Rating {
    A("高い"),
    B("普通"),
    C("低い");

    /** The scale as the pages explain it. */
    public static final String SCALE = Messages.get("evaluation.rating.scale");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "A（高い）" */
    public String display() {
        return name() + "（" + label + "）";
    }

    public static Rating parse(String text) {
        String t = text.strip();
        for (Rating r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.label.equals(t) || r.display().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.rating.unknown"));
    }
}
