package jp.hoshin.departmentplan;

import jp.hoshin.shared.Messages;

/** Where a department's mid-year check stands: 未着手 (nothing recorded yet), 作成中, 提出, 確認済, 公表. */
public enum MidYearState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    CONFIRMED,
    PUBLISHED;

    public String label() {
        return switch (this) {
            case NOT_STARTED -> Messages.get("midyear.state.NOT_STARTED");
            case DRAFT -> Messages.get("midyear.state.DRAFT");
            case SUBMITTED -> Messages.get("midyear.state.SUBMITTED");
            case CONFIRMED -> Messages.get("midyear.state.CONFIRMED");
            case PUBLISHED -> Messages.get("midyear.state.PUBLISHED");
        };
    }

    /** Whether the department's part (提出) is done. */
    public boolean submitted() {
        return this == SUBMITTED || this == CONFIRMED || this == PUBLISHED;
    }
}
