package jp.hoshin.measureevaluation;

import java.math.BigDecimal;
import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each act of a measure evaluation sheet in plain Java: the stages it moves through, wrong stages refused with their messages. */
class MeasureEvaluationTest {

    static final MeasureReference REF = new MeasureReference("132047", 2024, "kihon", "K1-1");

    static final FirstAssessment COMPLETE = new FirstAssessment("B", "待機児童は減ったが、保育士の確保が課題", "拡充");

    private static MeasureEvaluation sheet() {
        return new MeasureEvaluation(REF, 42, false);
    }

    @Test
    void aSheetGoesThroughEveryStageWithTheCommittee() {
        MeasureEvaluation s = sheet();
        assertThat(s.stage()).isEqualTo(MeasureEvaluationStage.FIRST);
        s.recordFirstAssessment(COMPLETE);
        assertThat(s.submitFirstEvaluation().to()).isEqualTo(MeasureEvaluationStage.SECOND);
        assertThat(s.recordSecondReview(new SecondReview("A", "よく進んでいる", new BigDecimal("72.5"), null))
                        .staysIn())
                .isTrue();
        assertThat(s.sendToCommittee(true).to()).isEqualTo(MeasureEvaluationStage.EXTERNAL);
        assertThat(s.finalizeEvaluation(true).to()).isEqualTo(MeasureEvaluationStage.FINALIZED);
        assertThat(s.publish("{}").to()).isEqualTo(MeasureEvaluationStage.PUBLISHED);
        assertThat(s.view().rating()).isEqualTo("A");
        assertThat(s.view().direction()).isEqualTo("拡充");
        assertThat(s.view().second().surveyImportance()).isEqualByComparingTo("72.5");
    }

    @Test
    void withoutTheCommitteeTheSecondEvaluationIsFinalized() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        s.recordSecondReview(new SecondReview("B", null, null, null));
        assertThatThrownBy(() -> s.sendToCommittee(false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この年度は外部評価を行わない設定です。外部評価を経ずに確定してください。");
        assertThat(s.finalizeEvaluation(false).from()).isEqualTo(MeasureEvaluationStage.SECOND);
    }

    @Test
    void aYearWithTheCommitteeDoesNotSkipIt() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        s.recordSecondReview(new SecondReview("B", null, null, null));
        assertThatThrownBy(() -> s.finalizeEvaluation(true))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この年度は外部評価を行う設定です。先に外部評価に回してください。");
    }

    @Test
    void anIncompleteAssessmentIsNotSubmitted() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(new FirstAssessment("B", " ", "拡充"));
        assertThatThrownBy(s::submitFirstEvaluation)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("一次評価を提出するには、進捗・成果と課題・今後の方向性をすべて記入してください。");
        assertThat(s.stage()).isEqualTo(MeasureEvaluationStage.FIRST);
    }

    @Test
    void finalizingNeedsTheSecondRating() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        assertThatThrownBy(() -> s.finalizeEvaluation(false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("確定するには、二次評価の評価を記録してください。");
    }

    @Test
    void aFinalSheetIsFrozenUntilARevisionWithAReason() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        s.recordSecondReview(new SecondReview("B", null, null, null));
        s.finalizeEvaluation(false);
        assertThatThrownBy(() -> s.recordSecondReview(new SecondReview("A", null, null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この施策評価シートは「確定」のため、二次評価を記録できません。" + "確定した評価は変更できません（修正するには理由を付けて改訂を始めてください）。");
        assertThatThrownBy(() -> s.startRevision(" "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("改訂の理由を入力してください。");
        assertThat(s.startRevision("指標値の訂正").to()).isEqualTo(MeasureEvaluationStage.SECOND);
        assertThat(s.view().revision()).isEqualTo(1);
        assertThat(s.view().revisionReason()).isEqualTo("指標値の訂正");
    }

    @Test
    void aSendBackNeedsAReasonAndReturnsToTheDepartment() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        assertThatThrownBy(() -> s.sendBack(null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("差し戻しの理由を入力してください。");
        assertThat(s.sendBack("成果の数字を入れてください").to()).isEqualTo(MeasureEvaluationStage.FIRST);
        s.recordFirstAssessment(new FirstAssessment("C", "改めた", "見直し"));
        assertThat(s.first().progress()).isEqualTo("C");
    }

    @Test
    void theDepartmentCannotWriteOnceSubmitted() {
        MeasureEvaluation s = sheet();
        s.recordFirstAssessment(COMPLETE);
        s.submitFirstEvaluation();
        assertThatThrownBy(() -> s.recordFirstAssessment(COMPLETE))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この施策評価シートは「二次評価」のため、一次評価を記録できません。");
    }

    @Test
    void scalesRefuseEmptyAndRepeatedLabels() {
        assertThat(MeasureScales.DEFAULT.progressLevels()).containsExactly("A", "B", "C", "D");
        assertThat(MeasureScales.DEFAULT.directions()).containsExactly("拡充", "レベルアップ", "現状維持", "見直し", "縮小");
        assertThatThrownBy(() -> new MeasureScales(List.of(), List.of("拡充")))
                .hasMessage("進捗の段階（1行に1つ、よい順）は1から12個までにしてください。");
        assertThatThrownBy(() -> new MeasureScales(List.of("A", "A"), List.of("拡充")))
                .hasMessage("進捗の段階（1行に1つ、よい順）に「A」が2回あります。");
    }
}
