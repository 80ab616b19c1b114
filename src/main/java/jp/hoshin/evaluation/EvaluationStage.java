package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/** Where an evaluation sheet stands in its review. */
public enum EvaluationStage {
    /** 一次評価 — the owning section writes the sheet and its own assessment. */
    FIRST,
    /** 二次評価 — the planning section reviews it (and records an external committee's view, if any). */
    SECOND,
    /** 確定 — finalised; frozen until a revision with a reason. */
    FINALIZED,
    /** 公表 — published on the public site. */
    PUBLISHED;

    public String label() {
        return switch (this) {
            case FIRST -> Messages.get("evaluation.stage.first");
            case SECOND -> Messages.get("evaluation.stage.second");
            case FINALIZED -> Messages.get("evaluation.stage.finalized");
            case PUBLISHED -> Messages.get("evaluation.stage.published");
        };
    }
}
