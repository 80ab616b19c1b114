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
        return Messages.get("measureEvaluation.stage." + name().toLowerCase(java.util.Locale.ROOT));
    }

    public boolean frozen() {
        return this == FINALIZED || this == PUBLISHED;
    }
}
