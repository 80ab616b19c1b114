package jp.hoshin.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * The 今後の方向性 every municipality starts with ({@link SheetLayout#DEFAULT}); a municipality may set its own list. A
 * sheet stores the label it was given, so these constants only name the default labels and read the code names
 * stored before the list could be set (V23 rewrote them; an older audit row or snapshot may still hold one).
 */
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

    /** A stored direction as its label: a code name of before V23 (CONTINUE) becomes its label (継続). */
    public static @Nullable String stored(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (FutureDirection d : values()) {
            if (d.name().equals(value)) {
                return d.label;
            }
        }
        return value.strip();
    }
}
