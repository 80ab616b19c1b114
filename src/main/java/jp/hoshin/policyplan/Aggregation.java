package jp.hoshin.policyplan;

import java.util.Optional;

/**
 * 集計 — how an indicator counts: a flow of the fiscal year (年間: 入館者数 per year), a state at a date (時点: 設置台数,
 * 会員数; the default), or a running total since the plan's base year (累計).
 */
public enum Aggregation {
    FLOW("年間"),
    POINT("時点"),
    CUMULATIVE("累計");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<Aggregation> ofLabel(String label) {
        for (Aggregation a : values()) {
            if (a.label.equals(label)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
