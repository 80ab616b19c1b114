package jp.hoshin.evaluation;

/** Where an evaluation sheet stands in its review. */
public enum EvaluationStage {
    /** 一次評価 — the owning section writes the sheet and its own assessment. */
    FIRST("一次評価中"),
    /** 二次評価 — the planning section reviews it (and records an external committee's view, if any). */
    SECOND("二次評価中"),
    /** 確定 — finalised; frozen until a revision with a reason. */
    FINALIZED("確定"),
    /** 公表 — published on the public site. */
    PUBLISHED("公表");

    private final String label;

    EvaluationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
