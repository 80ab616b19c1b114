package jp.hoshin.measureevaluation;

import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 評価の手続き — the review of a measure evaluation sheet after the department's 一次評価: 提出, 二次評価, 差し戻し, 外部評価,
 * 確定, 公表 and 改訂, each act of the sheet (which holds the rules and their messages) recorded as a step with who and
 * when. Callers check roles first.
 */
@Service
public class MeasureEvaluationReview {

    private final MeasureStore store;

    MeasureEvaluationReview(MeasureStore store) {
        this.store = store;
    }

    @Transactional
    public MeasureEvaluationView submitFirstEvaluation(MeasureReference ref, long editedVersion, String by) {
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        return store.record(sheet, sheet.submitFirstEvaluation(), by, null);
    }

    /** 二次評価 — its rating must be a level of the municipality's 進捗 scale (or the one the sheet holds). */
    @Transactional
    public MeasureEvaluationView recordSecondReview(
            MeasureReference ref, long editedVersion, SecondReview review, String by) {
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        MeasureScales scales = store.scales(ref.municipalityCode());
        MeasureEvaluations.checkLabel(
                review.rating(), sheet.second().rating(), scales.progressLevels(), scales.progressText());
        return store.record(
                sheet,
                sheet.recordSecondReview(review),
                by,
                Messages.get("measureEvaluation.act.recordSecond")
                        + (review.rating() == null
                                ? ""
                                : Messages.get("measureEvaluation.step.rating", review.rating())));
    }

    @Transactional
    public MeasureEvaluationView sendBack(MeasureReference ref, long editedVersion, String by, String reason) {
        MeasureEvaluation.checkReason(
                reason, "measureEvaluation.sendBack.reasonRequired", "measureEvaluation.staff.sendBackReason");
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        return store.record(sheet, sheet.sendBack(reason), by, reason);
    }

    @Transactional
    public MeasureEvaluationView sendToCommittee(MeasureReference ref, long editedVersion, String by) {
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        boolean used = store.committeeStage(ref.municipalityCode(), ref.fiscalYear());
        return store.record(sheet, sheet.sendToCommittee(used), by, null);
    }

    @Transactional
    public MeasureEvaluationView finalizeEvaluation(MeasureReference ref, long editedVersion, String by) {
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        boolean used = store.committeeStage(ref.municipalityCode(), ref.fiscalYear());
        return store.record(sheet, sheet.finalizeEvaluation(used), by, null);
    }

    /** 公表 — the sheet's entries as published are kept, so citizens keep reading them during a revision. */
    @Transactional
    public MeasureEvaluationView publish(MeasureReference ref, long editedVersion, String by) {
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        String snapshot = MeasureEvaluationSetting.JSON.writeValueAsString(
                sheet.view().withStage(MeasureEvaluationStage.PUBLISHED));
        return store.record(sheet, sheet.publish(snapshot), by, null);
    }

    @Transactional
    public MeasureEvaluationView startRevision(MeasureReference ref, long editedVersion, String by, String reason) {
        MeasureEvaluation.checkReason(
                reason, "measureEvaluation.revision.reasonRequired", "measureEvaluation.field.reason");
        MeasureEvaluation sheet = store.load(ref, editedVersion);
        return store.record(sheet, sheet.startRevision(reason), by, reason);
    }
}
