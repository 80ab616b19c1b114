package jp.hoshin.policyplan;

import java.util.Optional;

/**
 * 種類 of a reported value: 実績 (an actual; the default), 見込 (a forecast of the year's end), 中間 (an actual partway
 * through the year, its 参照時点 says when).
 */
public enum ValueKind {
    ACTUAL("実績"),
    FORECAST("見込"),
    INTERIM("中間");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ValueKind> ofLabel(String label) {
        for (ValueKind k : values()) {
            if (k.label.equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
