package jp.hoshin.departmentplan;

import org.jspecify.annotations.Nullable;

/**
 * 手続きの進行 — a department plan (or its results) took a step: 提出, 協議開始, 差し戻し, 確定, 公表 or 改訂. Published in the
 * transaction of the act (after the step is recorded), so a listener that writes in it commits or rolls back with it.
 * {@code by} is the username of who acted; {@code comment} the reason of a 差し戻し or 改訂.
 */
public record PlanStepTaken(
        String municipalityCode,
        int fiscalYear,
        String departmentCode,
        Track track,
        Act act,
        String by,
        @Nullable String comment) {

    /** The plan itself or its results. */
    public enum Track {
        PLAN,
        RESULTS
    }

    /** The act taken. */
    public enum Act {
        SUBMITTED,
        CONSULTATION_STARTED,
        SENT_BACK,
        FINALIZED,
        PUBLISHED,
        REVISION_STARTED
    }

    /** The act a change of state was: back to 作成中 is a 差し戻し from 提出/協議 and a 改訂 from 確定/公表. */
    static Act act(PlanStatus from, PlanStatus to) {
        return switch (to) {
            case SUBMITTED -> Act.SUBMITTED;
            case IN_CONSULTATION -> Act.CONSULTATION_STARTED;
            case FINALIZED -> Act.FINALIZED;
            case PUBLISHED -> Act.PUBLISHED;
            case DRAFT ->
                from == PlanStatus.FINALIZED || from == PlanStatus.PUBLISHED ? Act.REVISION_STARTED : Act.SENT_BACK;
        };
    }

    /** The staff page of the plan (path within Hoshin). */
    public String url() {
        return "/staff/m/" + municipalityCode + "/" + fiscalYear + "/plans/" + departmentCode;
    }
}
