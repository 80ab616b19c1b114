package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.workflow.Transition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transitions of a department plan (運営方針と目標) and of its results, in plain Java: each business act, the
 * refusal of a wrong state with the message staff read, and the rules that 差し戻し and 改訂 need a reason.
 */
class DepartmentPlanTest {

    private static final PlanContent EMPTY = new PlanContent(null, null, List.of(), null, null, null);
    private static final PlanContent MISSION =
            new PlanContent("効率的な市政運営", "行財政改革を進める", List.of(), 60, 1_000_000L, null);
    /** The organisation's 使命・目標 and resources the plan shows (stored there, not in the plan). */
    private static final MissionAndResources STATED = MissionAndResources.of(MISSION);

    private static final MissionAndResources NOTHING = MissionAndResources.of(EMPTY);
    private static final ProjectContent MISSION_PROJECT = new ProjectContent("事業", null, null, false, List.of(), null);

    private static DepartmentPlan draft() {
        DepartmentPlan plan = new DepartmentPlan(1L, "kikaku", MISSION);
        plan.addProject(new ProjectContent(
                "ホームページのリニューアル", "広報課", null, true, List.of(TargetIndicator.text("アクセス件数330,000件")), null));
        plan.addProject(new ProjectContent("基幹系情報システムの再構築", "情報推進室", null, false, List.of(), null));
        return plan;
    }

    private static DepartmentPlan inConsultation() {
        DepartmentPlan plan = draft();
        plan.submit(STATED);
        plan.startConsultation();
        return plan;
    }

    private static DepartmentPlan finalised() {
        DepartmentPlan plan = inConsultation();
        plan.finalizeAfterConsultation("{}");
        return plan;
    }

    private static DepartmentPlan published() {
        DepartmentPlan plan = finalised();
        plan.publish();
        return plan;
    }

    @Test
    void aNewPlanIsADraftThatCanBeWritten() {
        DepartmentPlan plan = new DepartmentPlan(1L, "kikaku", EMPTY);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        plan.write(MISSION);
        plan.addProject(new ProjectContent("基幹系情報システムの再構築", null, null, false, List.of(), null));
        plan.reviseProject(1, new ProjectContent("基幹系システムの再構築", null, null, false, List.of(), null));
        plan.linkProject(1, "K1-1");
        plan.removeProject(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> plan.reviseProject(5, MISSION_PROJECT))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("個別事業 5 はありません。");
    }

    @Test
    void submittingNeedsAMissionOrAProject() {
        DepartmentPlan empty = new DepartmentPlan(1L, "kikaku", EMPTY);
        assertThatThrownBy(() -> empty.submit(NOTHING))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("部の使命・目標か個別事業を1つ以上書いてから提出してください。");
        assertThat(empty.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(new DepartmentPlan(1L, "kikaku", MISSION).submit(STATED))
                .isEqualTo(new Transition<>(PlanStatus.DRAFT, PlanStatus.SUBMITTED));
    }

    @Test
    void eachStepTakesThePlanOneStateFurther() {
        DepartmentPlan plan = draft();
        assertThat(plan.submit(STATED)).isEqualTo(new Transition<>(PlanStatus.DRAFT, PlanStatus.SUBMITTED));
        assertThat(plan.startConsultation())
                .isEqualTo(new Transition<>(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION));
        assertThat(plan.finalizeAfterConsultation("{\"snapshot\":true}"))
                .isEqualTo(new Transition<>(PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED));
        assertThat(plan.publishedSnapshot()).isEqualTo("{\"snapshot\":true}");
        assertThat(plan.publish()).isEqualTo(new Transition<>(PlanStatus.FINALIZED, PlanStatus.PUBLISHED));
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void aStepFromTheWrongStateIsRefusedNamingTheState() {
        DepartmentPlan plan = draft();
        assertThatThrownBy(plan::startConsultation)
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画は「作成中」のため、協議を開始できません。");
        assertThatThrownBy(() -> plan.finalizeAfterConsultation("{}")).hasMessage("この計画は「作成中」のため、確定できません。");
        assertThatThrownBy(plan::publish).hasMessage("この計画は「作成中」のため、公表できません。");
        assertThatThrownBy(() -> plan.sendBack("理由")).hasMessage("この計画は「作成中」のため、差し戻しできません。");
        assertThatThrownBy(() -> plan.startRevision("理由")).hasMessage("この計画は「作成中」のため、改訂できません。");
        plan.submit(STATED);
        assertThatThrownBy(() -> plan.submit(STATED)).hasMessage("この計画は「提出」のため、提出できません。");
        assertThatThrownBy(() -> plan.finalizeAfterConsultation("{}")).hasMessage("この計画は「提出」のため、確定できません。");
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void onlyADraftCanBeEdited() {
        DepartmentPlan plan = finalised();
        assertThatThrownBy(() -> plan.write(MISSION))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画は「確定」のため、内容を編集できません。");
        assertThatThrownBy(() -> plan.addProject(MISSION_PROJECT)).hasMessage("この計画は「確定」のため、個別事業を追加できません。");
        assertThatThrownBy(() -> plan.reviseProject(1, MISSION_PROJECT)).hasMessage("この計画は「確定」のため、個別事業を編集できません。");
        assertThatThrownBy(() -> plan.linkProject(1, "K1-1")).hasMessage("この計画は「確定」のため、個別事業の関連付けを変更できません。");
        assertThatThrownBy(() -> plan.removeProject(1)).hasMessage("この計画は「確定」のため、個別事業を削除できません。");
        assertThatThrownBy(() -> plan.replaceDraft(MISSION, List.of(), STATED)).hasMessage("この計画は「確定」のため、取り込みできません。");
    }

    @Test
    void sendingBackNeedsAReasonAndReturnsThePlanToTheDepartment() {
        DepartmentPlan plan = inConsultation();
        assertThatThrownBy(() -> plan.sendBack(null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("差し戻す理由（コメント）を入力してください。");
        assertThatThrownBy(() -> plan.sendBack(" \n")).hasMessage("差し戻す理由（コメント）を入力してください。");
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_CONSULTATION);
        assertThat(plan.sendBack("目標値を見直してください"))
                .isEqualTo(new Transition<>(PlanStatus.IN_CONSULTATION, PlanStatus.DRAFT));
        DepartmentPlan submitted = draft();
        submitted.submit(STATED);
        assertThat(submitted.sendBack("理由")).isEqualTo(new Transition<>(PlanStatus.SUBMITTED, PlanStatus.DRAFT));
    }

    @Test
    void aRevisionNeedsAReasonAndReopensTheFinalisedPlan() {
        DepartmentPlan plan = published();
        assertThatThrownBy(() -> plan.startRevision("  "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("改訂の理由を入力してください。");
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.revision()).isZero();
        assertThat(plan.startRevision(" 組織改正に伴う修正 "))
                .isEqualTo(new Transition<>(PlanStatus.PUBLISHED, PlanStatus.DRAFT));
        assertThat(plan.revision()).isEqualTo(1);
        // the finalised text stays what citizens read until the revision is finalised
        assertThat(plan.publishedSnapshot()).isEqualTo("{}");
        DepartmentPlan finalised = finalised();
        assertThat(finalised.startRevision("理由")).isEqualTo(new Transition<>(PlanStatus.FINALIZED, PlanStatus.DRAFT));
    }

    @Test
    void commentsAreTakenOnlyWhileSubmittedOrInConsultationAndStayInTheState() {
        DepartmentPlan plan = draft();
        assertThatThrownBy(() -> plan.comment(false, "意見"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("コメントは、運営方針と目標が提出または協議中のときに書けます。");
        plan.submit(STATED);
        assertThatThrownBy(() -> plan.comment(false, " ")).hasMessage("コメントを入力してください。");
        assertThatThrownBy(() -> plan.comment(false, "あ".repeat(DepartmentPlan.MAX_COMMENT + 1)))
                .hasMessage("コメントは4,000文字以内にしてください。");
        Transition<PlanStatus> comment = plan.comment(false, "あ".repeat(DepartmentPlan.MAX_COMMENT));
        assertThat(comment).isEqualTo(Transition.within(PlanStatus.SUBMITTED));
        assertThat(comment.staysIn()).isTrue();
        plan.startConsultation();
        assertThat(plan.comment(false, "意見")).isEqualTo(Transition.within(PlanStatus.IN_CONSULTATION));
        assertThatThrownBy(() -> plan.comment(true, "意見")).hasMessage("コメントは、結果が提出または協議中のときに書けます。");
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_CONSULTATION);
    }

    @Test
    void resultsAreRecordedOnceThePlanIsFinalisedAndGoThroughTheirOwnSteps() {
        DepartmentPlan draft = draft();
        assertThatThrownBy(() -> draft.recordResult(1, "達成", null, List.of()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画は「作成中」のため、結果を記録できません。");
        assertThatThrownBy(() -> draft.summarize("総括")).hasMessage("この計画は「作成中」のため、総括を記録できません。");

        DepartmentPlan plan = published();
        assertThatThrownBy(() -> plan.moveResults(PlanStatus.SUBMITTED, null))
                .hasMessage("結果は「未記録」のため、提出にできません。まず各目標の結果を記録してください。");
        plan.recordResult(1, "一部達成", "アクセス件数は28万件", List.of());
        assertThat(plan.resultStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> plan.moveResults(PlanStatus.SUBMITTED, null))
                .hasMessage("すべての個別事業（目標）の結果を記録してから提出してください。");
        plan.recordResult(2, "達成", null, List.of());
        plan.summarize("おおむね達成した");
        assertThatThrownBy(() -> plan.moveResults(PlanStatus.FINALIZED, null)).hasMessage("結果は「作成中」のため、確定にできません。");
        assertThat(plan.moveResults(PlanStatus.SUBMITTED, null))
                .isEqualTo(new Transition<>(PlanStatus.DRAFT, PlanStatus.SUBMITTED));
        assertThatThrownBy(() -> plan.recordResult(1, "達成", null, List.of())).hasMessage("結果は「提出」のため、結果を記録できません。");
        assertThatThrownBy(() -> plan.moveResults(PlanStatus.DRAFT, " ")).hasMessage("差し戻す理由（コメント）を入力してください。");
        assertThat(plan.moveResults(PlanStatus.DRAFT, "説明を補ってください"))
                .isEqualTo(new Transition<>(PlanStatus.SUBMITTED, PlanStatus.DRAFT));
        plan.moveResults(PlanStatus.SUBMITTED, null);
        assertThat(plan.moveResults(PlanStatus.IN_CONSULTATION, null))
                .isEqualTo(new Transition<>(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION));
        assertThat(plan.moveResults(PlanStatus.FINALIZED, null))
                .isEqualTo(new Transition<>(PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED));
        assertThatThrownBy(() -> plan.moveResults(PlanStatus.DRAFT, "理由")).hasMessage("結果は「確定」のため、作成中にできません。");
        assertThat(plan.moveResults(PlanStatus.PUBLISHED, null))
                .isEqualTo(new Transition<>(PlanStatus.FINALIZED, PlanStatus.PUBLISHED));
        assertThat(plan.resultStatus()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
    }
}
