package jp.hoshin.departmentplan;

import jp.hoshin.shared.Messages;

/** 達成状況 — the result of a goal or project after the year. */
public enum AchievementStatus {
    ACHIEVED("達成"),
    PARTLY_ACHIEVED("一部達成"),
    STARTED("着手"),
    NOT_ACHIEVED("未達成");

    private final String label;

    AchievementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the Japanese label as written in documents (達成, 一部達成, 着手, 未達成). */
    public static AchievementStatus ofLabel(String label) {
        for (AchievementStatus s : values()) {
            if (s.label.equals(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException(Messages.get("departmentplan.achievement.unknown", label));
    }
}
