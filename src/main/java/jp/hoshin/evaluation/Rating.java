package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/**
 * The three-step rating of 妥当性・有効性・効率性: A 高い (fully meets the point of view), B 普通 (meets it
 * for the most part), C 低い (falls short; the sheet says what to change).
 */
public enum Rating {
    A,
    B,
    C;

    /** The scale as the pages explain it. */
    public static final String SCALE = Messages.get("evaluation.rating.scale");

    public String label() {
        return switch (this) {
            case A -> Messages.get("evaluation.rating.a");
            case B -> Messages.get("evaluation.rating.b");
            case C -> Messages.get("evaluation.rating.c");
        };
    }

    /** "A（高い）" */
    public String display() {
        return Messages.get("evaluation.rating.display", name(), label());
    }

    public static Rating parse(String text) {
        String t = text.strip();
        for (Rating r : values()) {
            if (r.name().equalsIgnoreCase(t)
                    || r.label().equals(t)
                    || r.display().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.rating.unknown"));
    }
}
