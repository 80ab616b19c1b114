package jp.hoshin.search;

import jp.hoshin.shared.Messages;

/** What a search hit is: the kind facet of the results. */
public enum SearchKind {
    POLICY_PLAN,
    POLICY_ELEMENT,
    INDICATOR,
    PROGRESS,
    DEPARTMENT,
    DEPARTMENT_PLAN,
    PROJECT,
    RESULT,
    EVALUATION,
    INDIVIDUAL_PLAN,
    CONSULTATION,
    WHITE_PAPER;

    /** 施策・事業, 指標, 事務事業評価 … */
    public String label() {
        return Messages.get("search.kind." + name());
    }

    /** The kind named in a query string ({@code kind=evaluation}); null for anything else. */
    public static @org.jspecify.annotations.Nullable SearchKind parse(@org.jspecify.annotations.Nullable String value) {
        if (value == null) {
            return null;
        }
        for (SearchKind k : values()) {
            if (k.param().equals(value)) {
                return k;
            }
        }
        return null;
    }

    /** The value in a query string. */
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
