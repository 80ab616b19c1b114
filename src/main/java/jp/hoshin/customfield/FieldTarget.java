package jp.hoshin.customfield;

import jp.hoshin.shared.Messages;

/** What an extra field is kept on: a department plan, one of its projects, or an evaluation sheet. */
public enum FieldTarget {
    PLAN,
    PROJECT,
    EVALUATION_SHEET;

    /** 運営方針と目標 / 個別事業 / 事務事業評価シート. */
    public String label() {
        return switch (this) {
            case PLAN -> Messages.get("customfield.target.PLAN");
            case PROJECT -> Messages.get("customfield.target.PROJECT");
            case EVALUATION_SHEET -> Messages.get("customfield.target.EVALUATION_SHEET");
        };
    }
}
