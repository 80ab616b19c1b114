package jp.hoshin.customfield;

import jp.hoshin.shared.Messages;

/** What an extra field holds: text, a number, a date, or one choice of a list. */
public enum FieldKind {
    TEXT,
    NUMBER,
    DATE,
    CHOICE;

    /** 文字 / 数値 / 日付 / 選択. */
    public String label() {
        return switch (this) {
            case TEXT -> Messages.get("customfield.kind.TEXT");
            case NUMBER -> Messages.get("customfield.kind.NUMBER");
            case DATE -> Messages.get("customfield.kind.DATE");
            case CHOICE -> Messages.get("customfield.kind.CHOICE");
        };
    }
}
