package jp.hoshin.departmentplan;

/**
 * Which of a municipality's progress scales a {@link ProgressScale} is: the mid-year check's (順調 / 概ね順調 / 遅れ / 未着手)
 * or the results' (達成 / 一部達成 / 着手 / 未達成 by default).
 */
public enum ScaleKind {
    MID_YEAR,
    RESULT
}
