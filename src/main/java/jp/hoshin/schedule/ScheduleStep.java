package jp.hoshin.schedule;

import java.time.LocalDate;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.shared.Messages;

/**
 * A step of the year that someone owes, with who acts on it and when in the year it falls. {@link #MIDYEAR} repeats
 * (checkpoint 1, 2, …); every other step has checkpoint 0.
 */
public enum ScheduleStep {
    /** 運営方針と目標 提出 (the department). */
    PLAN_SUBMIT(Actor.DEPARTMENT, Window.DURING, 4, 20),
    /** 協議 started by the planning section. */
    PLAN_CONSULT(Actor.PLANNING, Window.DURING, 5, 10),
    /** 確定 by the mayor's office. */
    PLAN_FINALIZE(Actor.REVIEWER, Window.DURING, 5, 25),
    /** 公表 by the planning section. */
    PLAN_PUBLISH(Actor.PLANNING, Window.DURING, 6, 1),
    /** 中間確認 (one per checkpoint), recorded by the department. */
    MIDYEAR(Actor.DEPARTMENT, Window.DURING, 10, 15),
    /** 指標値の更新 of the indicators in the elements the department owns. */
    INDICATOR_VALUES(Actor.DEPARTMENT, Window.AFTER, 5, 31),
    /** 取組状況の更新 of the elements the department owns. */
    PROGRESS_TEXTS(Actor.DEPARTMENT, Window.AFTER, 5, 31),
    /** 結果 提出 (the department). */
    RESULTS_SUBMIT(Actor.DEPARTMENT, Window.AFTER, 4, 30),
    /** 結果 協議 started by the planning section. */
    RESULTS_CONSULT(Actor.PLANNING, Window.AFTER, 5, 15),
    /** 結果 確定 by the mayor's office. */
    RESULTS_FINALIZE(Actor.REVIEWER, Window.AFTER, 5, 31),
    /** 結果 公表 by the planning section. */
    RESULTS_PUBLISH(Actor.PLANNING, Window.AFTER, 6, 15),
    /** 事務事業評価 一次評価 提出 (the department). */
    EVALUATION_FIRST(Actor.DEPARTMENT, Window.DURING, 7, 31),
    /** 事務事業評価 二次評価 by the planning section. */
    EVALUATION_SECOND(Actor.PLANNING, Window.DURING, 9, 30),
    /** パブリックコメントの結果公表 of the department's closed consultations. */
    COMMENT_RESULTS(Actor.DEPARTMENT, Window.DURING, 3, 15),
    /** 自治体経営白書 発行 (municipality-wide, the planning section). */
    WHITE_PAPER(Actor.PLANNING, Window.AFTER, 7, 31);

    /** Who acts on a step. */
    public enum Actor {
        DEPARTMENT,
        PLANNING,
        REVIEWER
    }

    /** When a step's deadline may fall: in the fiscal year itself, or in the year after it (results, white paper). */
    public enum Window {
        DURING,
        AFTER
    }

    private final Actor actor;
    private final Window window;
    private final int defaultMonth;
    private final int defaultDay;

    ScheduleStep(Actor actor, Window window, int defaultMonth, int defaultDay) {
        this.actor = actor;
        this.window = window;
        this.defaultMonth = defaultMonth;
        this.defaultDay = defaultDay;
    }

    public Actor actor() {
        return actor;
    }

    public Window window() {
        return window;
    }

    /** Whether the step is one per department (all but the white paper). */
    public boolean perDepartment() {
        return this != WHITE_PAPER;
    }

    public String label() {
        return switch (this) {
            case PLAN_SUBMIT -> Messages.get("schedule.step.PLAN_SUBMIT");
            case PLAN_CONSULT -> Messages.get("schedule.step.PLAN_CONSULT");
            case PLAN_FINALIZE -> Messages.get("schedule.step.PLAN_FINALIZE");
            case PLAN_PUBLISH -> Messages.get("schedule.step.PLAN_PUBLISH");
            case MIDYEAR -> Messages.get("schedule.step.MIDYEAR");
            case INDICATOR_VALUES -> Messages.get("schedule.step.INDICATOR_VALUES");
            case PROGRESS_TEXTS -> Messages.get("schedule.step.PROGRESS_TEXTS");
            case RESULTS_SUBMIT -> Messages.get("schedule.step.RESULTS_SUBMIT");
            case RESULTS_CONSULT -> Messages.get("schedule.step.RESULTS_CONSULT");
            case RESULTS_FINALIZE -> Messages.get("schedule.step.RESULTS_FINALIZE");
            case RESULTS_PUBLISH -> Messages.get("schedule.step.RESULTS_PUBLISH");
            case EVALUATION_FIRST -> Messages.get("schedule.step.EVALUATION_FIRST");
            case EVALUATION_SECOND -> Messages.get("schedule.step.EVALUATION_SECOND");
            case COMMENT_RESULTS -> Messages.get("schedule.step.COMMENT_RESULTS");
            case WHITE_PAPER -> Messages.get("schedule.step.WHITE_PAPER");
        };
    }

    /** The label with the checkpoint number where the step repeats: 中間確認（第1回）. */
    public String label(int checkpoint) {
        return this == MIDYEAR && checkpoint > 0
                ? Messages.get("schedule.step.checkpoint", label(), checkpoint)
                : label();
    }

    /** The first and last day a deadline of this step may take in the schedule of {@code year}. */
    public LocalDate earliest(FiscalYear year) {
        return window == Window.DURING ? year.firstDay() : year.next().firstDay();
    }

    public LocalDate latest(FiscalYear year) {
        return window == Window.DURING ? year.lastDay() : year.next().lastDay();
    }

    public boolean allows(FiscalYear year, LocalDate due) {
        return !due.isBefore(earliest(year)) && !due.isAfter(latest(year));
    }

    /** A first schedule's date for this step when no earlier year has one. */
    public LocalDate defaultDue(FiscalYear year) {
        LocalDate first = earliest(year);
        int y = defaultMonth >= 4 ? first.getYear() : first.getYear() + 1;
        return LocalDate.of(y, defaultMonth, defaultDay);
    }
}
