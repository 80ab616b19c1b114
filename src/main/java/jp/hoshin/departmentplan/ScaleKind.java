package jp.hoshin.departmentplan;

/**
 * Which of a municipality's progress scales a {@link ProgressScale} is: the mid-year check's (順調 / 概ね順調 / 遅れ / 未着手)
 * or, later, the results' (達成 / 一部達成 / 着手 / 未達成, today the fixed {@link AchievementStatus}).
 */
public enum ScaleKind {
    MID_YEAR,
    RESULT
}
