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
        return Messages.get("customfield.kind." + name());
    }
}
