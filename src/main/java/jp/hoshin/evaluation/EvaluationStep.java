package jp.hoshin.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step taken on an evaluation sheet: from which stage to which, who, when, with what comment. */
@Entity
@Table(name = "evaluation_sheet_step")
class EvaluationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sheetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private EvaluationStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private EvaluationStage to;

    private String takenBy;

    private Instant takenAt;

    private @Nullable String comment;

    protected EvaluationStep() {
    }

    EvaluationStep(long sheetId, EvaluationStage from, EvaluationStage to, String takenBy, Instant takenAt, @Nullable String comment) {
        this.sheetId = sheetId;
        this.from = from;
        this.to = to;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.comment = comment;
    }

    EvaluationStepView view() {
        return new EvaluationStepView(from, to, takenBy, takenAt, comment);
    }
}
