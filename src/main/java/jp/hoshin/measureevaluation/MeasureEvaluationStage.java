package jp.hoshin.measureevaluation;

import jp.hoshin.shared.Messages;

/** Where a measure evaluation sheet stands in its review. */
public enum MeasureEvaluationStage {
    /** 一次評価 — the owning department assesses the measure. */
    FIRST,
    /** 二次評価 — the planning section reviews it. */
    SECOND,
    /** 外部評価 — the external committee rates it (only in a year that uses the committee). */
    EXTERNAL,
    /** 確定 — final and frozen until a revision with a reason. */
    FINALIZED,
    /** 公表 — published on the public site. */
    PUBLISHED;

    public String label() {
        return switch (this) {
            case FIRST -> Messages.get("measureEvaluation.stage.first");
            case SECOND -> Messages.get("measureEvaluation.stage.second");
            case EXTERNAL -> Messages.get("measureEvaluation.stage.external");
            case FINALIZED -> Messages.get("measureEvaluation.stage.finalized");
            case PUBLISHED -> Messages.get("measureEvaluation.stage.published");
        };
    }

    public boolean frozen() {
        return this == FINALIZED || this == PUBLISHED;
    }
}
