package jp.hoshin.measureevaluation;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.workflow.Transition;
import jp.hoshin.shared.workflow.WorkflowStep;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * 施策評価シート — the evaluation of one measure in one fiscal year: what is entered on it (市民意識調査, 一次評価, 二次評価)
 * and where it stands. Each step of the review is a named act that refuses a wrong stage; once final it is frozen
 * until a revision with a reason.
 */
@Entity
@Audited
@Table(name = "measure_evaluation")
class MeasureEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;
    private int fiscalYear;
    private String planKey;
    private String elementKey;
    private long measureId;

    private @Nullable BigDecimal surveyImportance;
    private @Nullable BigDecimal surveySatisfaction;
    private @Nullable String progressRating;
    private @Nullable String resultsAndIssues;
    private @Nullable String direction;
    private @Nullable String secondComment;
    private @Nullable String secondRating;

    @Enumerated(EnumType.STRING)
    private MeasureEvaluationStage stage = MeasureEvaluationStage.FIRST;

    private int revision;
    private @Nullable String revisionReason;

    @NotAudited
    private @Nullable String publishedSnapshot;

    private boolean illustrative;

    @Version
    private long version;

    protected MeasureEvaluation() {}

    MeasureEvaluation(MeasureReference ref, long measureId, boolean illustrative) {
        this.municipalityCode = ref.municipalityCode();
        this.fiscalYear = ref.fiscalYear();
        this.planKey = ref.planKey();
        this.elementKey = ref.elementKey();
        this.measureId = measureId;
        this.illustrative = illustrative;
    }

    /** 一次評価 — the owning department's assessment, while the sheet is at that stage (no step until it is submitted). */
    void recordFirstAssessment(FirstAssessment assessment) {
        requireStage(Set.of(MeasureEvaluationStage.FIRST), Messages.get("measureEvaluation.act.recordFirst"));
        checkText(Messages.get("measureEvaluation.field.resultsAndIssues"), assessment.resultsAndIssues());
        this.progressRating = assessment.progress();
        this.resultsAndIssues = assessment.resultsAndIssues();
        this.direction = assessment.direction();
    }

    /** 一次評価の提出 — the department hands its assessment to the planning section. */
    Transition<MeasureEvaluationStage> submitFirstEvaluation() {
        requireStage(Set.of(MeasureEvaluationStage.FIRST), Messages.get("measureEvaluation.act.submitFirst"));
        if (!first().complete()) {
            throw new BusinessRuleException(Messages.get("measureEvaluation.submit.incomplete"));
        }
        return move(MeasureEvaluationStage.SECOND);
    }

    /** 二次評価 — the planning section's rating, comment and the survey figures; a step within 二次評価. */
    Transition<MeasureEvaluationStage> recordSecondReview(SecondReview review) {
        requireStage(Set.of(MeasureEvaluationStage.SECOND), Messages.get("measureEvaluation.act.recordSecond"));
        checkText(Messages.get("measureEvaluation.field.secondComment"), review.comment());
        this.secondRating = review.rating();
        this.secondComment = review.comment();
        this.surveyImportance = review.surveyImportance();
        this.surveySatisfaction = review.surveySatisfaction();
        return Transition.within(MeasureEvaluationStage.SECOND);
    }

    /** 差し戻し — back to the department for its 一次評価, with the reason (required). */
    Transition<MeasureEvaluationStage> sendBack(@Nullable String reason) {
        checkReason(reason, "measureEvaluation.sendBack.reasonRequired", "measureEvaluation.staff.sendBackReason");
        requireStage(Set.of(MeasureEvaluationStage.SECOND), Messages.get("measureEvaluation.act.sendBack"));
        return move(MeasureEvaluationStage.FIRST);
    }

    /** 外部評価へ — the reviewed sheet goes to the external committee (in a year that uses it). */
    Transition<MeasureEvaluationStage> sendToCommittee(boolean committeeStageUsed) {
        requireStage(Set.of(MeasureEvaluationStage.SECOND), Messages.get("measureEvaluation.act.toCommittee"));
        if (!committeeStageUsed) {
            throw new BusinessRuleException(Messages.get("measureEvaluation.committee.notUsed"));
        }
        requireSecondRating();
        return move(MeasureEvaluationStage.EXTERNAL);
    }

    /**
     * 確定 — final and frozen: from 外部評価, or straight from 二次評価 in a year without the committee stage. Needs the
     * 二次評価's rating.
     */
    Transition<MeasureEvaluationStage> finalizeEvaluation(boolean committeeStageUsed) {
        Set<MeasureEvaluationStage> from = committeeStageUsed
                ? Set.of(MeasureEvaluationStage.EXTERNAL)
                : Set.of(MeasureEvaluationStage.SECOND, MeasureEvaluationStage.EXTERNAL);
        if (committeeStageUsed && stage == MeasureEvaluationStage.SECOND) {
            throw new BusinessRuleException(Messages.get("measureEvaluation.finalize.committeeFirst"));
        }
        requireStage(from, Messages.get("measureEvaluation.act.finalize"));
        requireSecondRating();
        return move(MeasureEvaluationStage.FINALIZED);
    }

    /** 公表 — published; {@code snapshot} is the sheet's entries as published, kept for citizens during a revision. */
    Transition<MeasureEvaluationStage> publish(String snapshot) {
        requireStage(Set.of(MeasureEvaluationStage.FINALIZED), Messages.get("measureEvaluation.act.publish"));
        this.publishedSnapshot = snapshot;
        return move(MeasureEvaluationStage.PUBLISHED);
    }

    /** 改訂 — a final or published sheet reopened at 二次評価 with a recorded reason (required). */
    Transition<MeasureEvaluationStage> startRevision(@Nullable String reason) {
        checkReason(reason, "measureEvaluation.revision.reasonRequired", "measureEvaluation.field.reason");
        requireStage(
                Set.of(MeasureEvaluationStage.FINALIZED, MeasureEvaluationStage.PUBLISHED),
                Messages.get("measureEvaluation.act.revise"));
        this.revisionReason = reason.strip();
        this.revision++;
        return move(MeasureEvaluationStage.SECOND);
    }

    /** A reason (差し戻し, 改訂): given, and text a person could have typed. */
    /** A reason the act requires ({@code missingKey}: the message when none is given; {@code labelKey}: its field). */
    static String checkReason(@Nullable String reason, String missingKey, String labelKey) {
        String given = WorkflowStep.requiredReason(reason, Messages.get(missingKey));
        InputText.checked(Messages.get(labelKey), given, FirstAssessment.MAX_TEXT);
        return given;
    }

    private static void checkText(String label, @Nullable String text) {
        if (text != null) {
            InputText.checked(label, text, FirstAssessment.MAX_TEXT);
        }
    }

    private void requireSecondRating() {
        if (secondRating == null) {
            throw new BusinessRuleException(Messages.get("measureEvaluation.finalize.noRating"));
        }
    }

    private Transition<MeasureEvaluationStage> move(MeasureEvaluationStage to) {
        Transition<MeasureEvaluationStage> done = new Transition<>(stage, to);
        stage = to;
        return done;
    }

    private void requireStage(Set<MeasureEvaluationStage> allowed, String act) {
        if (!allowed.contains(stage)) {
            String why = stage.frozen() ? Messages.get("measureEvaluation.stage.frozen") : "";
            throw new BusinessRuleException(Messages.get("measureEvaluation.stage.refused", stage.label(), act, why));
        }
    }

    FirstAssessment first() {
        return new FirstAssessment(progressRating, resultsAndIssues, direction);
    }

    SecondReview second() {
        return new SecondReview(secondRating, secondComment, surveyImportance, surveySatisfaction);
    }

    Long id() {
        return id;
    }

    MeasureEvaluationStage stage() {
        return stage;
    }

    long version() {
        return version;
    }

    @Nullable
    String publishedSnapshot() {
        return publishedSnapshot;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    MeasureEvaluationView view() {
        return new MeasureEvaluationView(
                id == null ? 0 : id,
                new MeasureReference(municipalityCode, fiscalYear, planKey, elementKey),
                measureId,
                stage,
                first(),
                second(),
                revision,
                revisionReason,
                illustrative,
                version);
    }
}
