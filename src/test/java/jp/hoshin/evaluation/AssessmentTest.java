package jp.hoshin.evaluation;

import jp.hoshin.shared.FieldRefusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTest {

    private static final String TOO_LONG = "あ".repeat(Assessment.MAX_TEXT + 1);

    @Test
    void aTextTooLongIsRefusedNamingItsFieldWithItsLabel() {
        refused(
                () -> new Assessment(Rating.A, TOO_LONG, null, null, null, null, null, null, null),
                "relevanceReason",
                "妥当性の評価の理由は4,000文字以内で入力してください（現在4,001文字）。");
        refused(
                () -> new Assessment(null, null, null, TOO_LONG, null, null, null, null, null),
                "effectivenessReason",
                "有効性の評価の理由は4,000文字以内で入力してください（現在4,001文字）。");
        refused(
                () -> new Assessment(null, null, null, null, null, TOO_LONG, null, null, null),
                "efficiencyReason",
                "効率性の評価の理由は4,000文字以内で入力してください（現在4,001文字）。");
        refused(
                () -> new Assessment(null, null, null, null, null, null, null, TOO_LONG, null),
                "improvement",
                "改善の内容は4,000文字以内で入力してください（現在4,001文字）。");
        refused(
                () -> new Assessment(null, null, null, null, null, null, null, null, "所見\u0000"),
                "comment",
                "所見に使えない制御文字（NUL など）が含まれています。");
    }

    @Test
    void theLimitItselfIsAcceptedAndTextsAreStripped() {
        String longest = "あ".repeat(Assessment.MAX_TEXT);
        Assessment a = new Assessment(null, " " + longest + " ", null, "  ", null, null, null, null, null);
        assertThat(a.relevanceReason()).isEqualTo(longest);
        assertThat(a.effectivenessReason()).isNull();
    }

    @Test
    void theExternalCommitteesViewNamesItsFieldToo() {
        refused(
                () -> EvaluationSheet.checkExternalComment(TOO_LONG),
                "externalComment",
                "外部評価の意見は4,000文字以内で入力してください（現在4,001文字）。");
    }

    private static void refused(ThrowingCallable act, String field, String message) {
        assertThatThrownBy(act)
                .isInstanceOfSatisfying(
                        FieldRefusal.class, r -> assertThat(r.field()).isEqualTo(field))
                .hasMessage(message);
    }
}
