package jp.hoshin.evaluation;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.workflow.Transition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review of an evaluation sheet (事務事業評価シート) in plain Java: 一次評価 → 二次評価 → 確定 → 公表, 差し戻し and 改訂,
 * each refusal of a wrong stage with the message staff read, and the rules that 差し戻し and 改訂 need a reason.
 */
class EvaluationSheetTest {

    private static final String FROZEN = "確定した評価は変更できません（修正するには理由を付けて改訂を始めてください）。";

    private static Assessment assessment(FutureDirection direction) {
        return new Assessment(
                Rating.A, "市が担う必要がある", Rating.B, "目標に近い", Rating.A, "委託で費用を抑えた", direction.label(), null, "所見");
    }

    private static EvaluationSheet first() {
        return new EvaluationSheet(1L, 1, "toshi-seibi", SheetContent.named("市内街路灯のLED化の推進", "道路管理課"), null, false);
    }

    private static EvaluationSheet second() {
        EvaluationSheet sheet = first();
        sheet.recordFirstAssessment(assessment(FutureDirection.EXPAND));
        sheet.submitFirstEvaluation();
        return sheet;
    }

    private static EvaluationSheet finalised() {
        EvaluationSheet sheet = second();
        sheet.finalizeEvaluation();
        return sheet;
    }

    private static EvaluationSheet published() {
        EvaluationSheet sheet = finalised();
        sheet.publish("{}");
        return sheet;
    }

    @Test
    void aNewSheetIsAtTheFirstEvaluationAndItsContentCanBeWritten() {
        EvaluationSheet sheet = first();
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.FIRST);
        assertThat(sheet.write(SheetContent.named("市内街路灯のLED化の推進", "道路管理課"))).isFalse();
        assertThat(sheet.write(SheetContent.named("市内街路灯のLED化", "道路管理課"))).isTrue();
        assertThat(sheet.content().name()).isEqualTo("市内街路灯のLED化");
    }

    @Test
    void theFirstEvaluationIsSubmittedOnlyWhenEveryRatingAndTheDirectionAreChosen() {
        EvaluationSheet sheet = first();
        assertThatThrownBy(sheet::submitFirstEvaluation)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("妥当性・有効性・効率性の評価と今後の方向性をすべて選んでから一次評価を提出してください。");
        sheet.recordFirstAssessment(new Assessment(
                Rating.A, null, Rating.A, null, null, null, FutureDirection.CONTINUE.label(), null, null));
        assertThatThrownBy(sheet::submitFirstEvaluation).hasMessageContaining("すべて選んでから");
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.FIRST);
        sheet.recordFirstAssessment(assessment(FutureDirection.EXPAND));
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.EXPAND.label());
        assertThat(sheet.submitFirstEvaluation())
                .isEqualTo(new Transition<>(EvaluationStage.FIRST, EvaluationStage.SECOND));
    }

    @Test
    void theSecondEvaluationIsAStepWithinItsStageAndItsDirectionWins() {
        EvaluationSheet sheet = second();
        assertThat(sheet.recordSecondEvaluation(assessment(FutureDirection.REDUCE), " 外部評価委員会：縮小が妥当 "))
                .isEqualTo(Transition.within(EvaluationStage.SECOND));
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.REDUCE.label());
        // without a direction of its own, the 一次評価's stays
        sheet.recordSecondEvaluation(Assessment.EMPTY, null);
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.EXPAND.label());
        assertThatThrownBy(() -> sheet.recordSecondEvaluation(Assessment.EMPTY, "意".repeat(Assessment.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("外部評価の意見は4,000文字以内");
    }

    @Test
    void eachActRefusesAWrongStageNamingTheStage() {
        EvaluationSheet sheet = first();
        assertThatThrownBy(() -> sheet.recordSecondEvaluation(Assessment.EMPTY, null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この評価シートは「一次評価中」のため、二次評価を記録できません。");
        assertThatThrownBy(sheet::finalizeEvaluation).hasMessage("この評価シートは「一次評価中」のため、確定できません。");
        assertThatThrownBy(() -> sheet.publish("{}")).hasMessage("この評価シートは「一次評価中」のため、公表できません。");
        assertThatThrownBy(() -> sheet.sendBack("理由")).hasMessage("この評価シートは「一次評価中」のため、差し戻しできません。");
        assertThatThrownBy(() -> sheet.startRevision("理由")).hasMessage("この評価シートは「一次評価中」のため、改訂できません。");
        EvaluationSheet second = second();
        assertThatThrownBy(() -> second.recordFirstAssessment(Assessment.EMPTY))
                .hasMessage("この評価シートは「二次評価中」のため、一次評価を記録できません。");
        assertThatThrownBy(second::submitFirstEvaluation).hasMessage("この評価シートは「二次評価中」のため、一次評価を提出できません。");
        assertThatThrownBy(() -> second.publish("{}")).hasMessage("この評価シートは「二次評価中」のため、公表できません。");
        assertThat(second.stage()).isEqualTo(EvaluationStage.SECOND);
    }

    @Test
    void aFinalisedOrPublishedSheetIsFrozenUntilARevision() {
        EvaluationSheet sheet = finalised();
        assertThatThrownBy(() -> sheet.write(SheetContent.named("別の名前", null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この評価シートは「確定」のため、内容を編集できません。" + FROZEN);
        assertThatThrownBy(sheet::finalizeEvaluation).hasMessage("この評価シートは「確定」のため、確定できません。" + FROZEN);
        EvaluationSheet published = published();
        assertThatThrownBy(() -> published.recordSecondEvaluation(Assessment.EMPTY, null))
                .hasMessage("この評価シートは「公表」のため、二次評価を記録できません。" + FROZEN);
    }

    @Test
    void finalisingAndPublishingKeepWhatCitizensRead() {
        EvaluationSheet sheet = second();
        assertThat(sheet.finalizeEvaluation())
                .isEqualTo(new Transition<>(EvaluationStage.SECOND, EvaluationStage.FINALIZED));
        assertThat(sheet.publishedSnapshot()).isNull();
        assertThat(sheet.publish("{\"published\":true}"))
                .isEqualTo(new Transition<>(EvaluationStage.FINALIZED, EvaluationStage.PUBLISHED));
        assertThat(sheet.publishedSnapshot()).isEqualTo("{\"published\":true}");
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsTheSheetToTheOwningSection() {
        EvaluationSheet sheet = second();
        assertThatThrownBy(() -> sheet.sendBack(null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("差し戻す理由（コメント）を入力してください。");
        assertThatThrownBy(() -> sheet.sendBack("  ")).hasMessage("差し戻す理由（コメント）を入力してください。");
        assertThatThrownBy(() -> sheet.sendBack("理".repeat(Assessment.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("差し戻す理由は4,000文字以内");
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.SECOND);
        assertThat(sheet.sendBack("指標の実績を見直してください"))
                .isEqualTo(new Transition<>(EvaluationStage.SECOND, EvaluationStage.FIRST));
        // the owning section may assess again
        sheet.recordFirstAssessment(assessment(FutureDirection.CONTINUE));
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.CONTINUE.label());
    }

    @Test
    void aRevisionNeedsAReasonAndReopensTheSheetForTheSecondEvaluation() {
        EvaluationSheet sheet = published();
        assertThatThrownBy(() -> sheet.startRevision(" "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("確定後に修正するには、改訂の理由を入力してください。");
        assertThatThrownBy(() -> sheet.startRevision(null)).hasMessage("確定後に修正するには、改訂の理由を入力してください。");
        assertThat(sheet.revision()).isZero();
        assertThat(sheet.startRevision(" 決算額の確定に伴う修正 "))
                .isEqualTo(new Transition<>(EvaluationStage.PUBLISHED, EvaluationStage.SECOND));
        assertThat(sheet.revision()).isEqualTo(1);
        assertThat(sheet.revisionReason()).isEqualTo("決算額の確定に伴う修正");
        // the published copy stays until it is published again
        assertThat(sheet.publishedSnapshot()).isEqualTo("{}");
        assertThat(finalised().startRevision("理由"))
                .isEqualTo(new Transition<>(EvaluationStage.FINALIZED, EvaluationStage.SECOND));
    }
}
