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
        return switch (this) {
            case POLICY_PLAN -> Messages.get("search.kind.POLICY_PLAN");
            case POLICY_ELEMENT -> Messages.get("search.kind.POLICY_ELEMENT");
            case INDICATOR -> Messages.get("search.kind.INDICATOR");
            case PROGRESS -> Messages.get("search.kind.PROGRESS");
            case DEPARTMENT -> Messages.get("search.kind.DEPARTMENT");
            case DEPARTMENT_PLAN -> Messages.get("search.kind.DEPARTMENT_PLAN");
            case PROJECT -> Messages.get("search.kind.PROJECT");
            case RESULT -> Messages.get("search.kind.RESULT");
            case EVALUATION -> Messages.get("search.kind.EVALUATION");
            case INDIVIDUAL_PLAN -> Messages.get("search.kind.INDIVIDUAL_PLAN");
            case CONSULTATION -> Messages.get("search.kind.CONSULTATION");
            case WHITE_PAPER -> Messages.get("search.kind.WHITE_PAPER");
        };
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
