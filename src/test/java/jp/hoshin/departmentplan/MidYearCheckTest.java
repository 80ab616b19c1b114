package jp.hoshin.departmentplan;

import java.time.LocalDate;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.Reorganization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 中間確認 (record, 提出, 確認, 差し戻し, 公表, counts, checkpoints, the configured scale) and 前年度の内容を写す, against the
 * embedded PostgreSQL (rolled back).
 */
@SpringBootTest
@Transactional
class MidYearCheckTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2004;
    private static final PlanReference KIKAKU = new PlanReference(MITAKA, YEAR, "kikaku");

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    PlanResults results;

    @Autowired
    PlanCarryOver carryOvers;

    @Autowired
    MidYearChecks checks;

    @Autowired
    MidYearCheckpoints checkpoints;

    @Autowired
    ProgressScales scales;

    @Autowired
    PlanCopy copy;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Organization organization;

    @Autowired
    Reorganization reorganization;

    @BeforeEach
    void openYear() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
    }

    private DepartmentPlanView finalised(PlanReference ref, String... titles) {
        DepartmentPlanView plan = plans.startDraft(ref);
        for (String title : titles) {
            plan = plans.addProject(ref, plan.version(), new ProjectContent(title, null, null, false, List.of(), null));
        }
        plan = workflow.submit(ref, plan.version(), "u");
        plan = workflow.startConsultation(ref, plan.version(), "u");
        return workflow.finalizeAfterConsultation(ref, plan.version(), "u");
    }

    private static List<MidYearChecks.Line> lines(String... statuses) {
        List<MidYearChecks.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            lines.add(new MidYearChecks.Line(i + 1, statuses[i], "説明" + (i + 1), i == 0 ? "アクセス件数 180,000件" : null));
        }
        return lines;
    }

    @Test
    void aCheckGoesFromRecordThroughSubmitConfirmAndSendBackToPublished() {
        finalised(KIKAKU, "ホームページリニューアル", "基幹系システム再構築", "情報セキュリティ");
        MidYearChecks.Sheet sheet = checks.sheet(KIKAKU, 1);
        assertThat(sheet.state()).isEqualTo(MidYearState.NOT_STARTED);
        assertThat(sheet.checkpoint().label()).isEqualTo("上半期");
        assertThat(sheet.checkpoint().referenceDate()).isEqualTo(LocalDate.of(2004, 9, 30));
        assertThat(sheet.entries())
                .extracting(MidYearEntry::projectTitle)
                .containsExactly("ホームページリニューアル", "基幹系システム再構築", "情報セキュリティ");

        sheet = checks.record(KIKAKU, 1, null, lines("順調", "遅れ", null), "mitaka-kikaku");
        assertThat(sheet.state()).isEqualTo(MidYearState.DRAFT);
        long version = sheet.version();
        assertThatThrownBy(() -> checks.submit(KIKAKU, 1, version, "mitaka-kikaku"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("すべての個別事業の進捗を選んでから提出してください。");
        assertThatThrownBy(() -> checks.record(KIKAKU, 1, null, lines("順調", "遅れ", "未着手"), "mitaka-kikaku"))
                .as("a form made before the check existed is stale now")
                .isInstanceOf(ConcurrentEditException.class);

        sheet = checks.record(KIKAKU, 1, sheet.version(), lines("順調", "遅れ", "未着手"), "mitaka-kikaku");
        sheet = checks.submit(KIKAKU, 1, sheet.version(), "mitaka-kikaku");
        assertThat(sheet.state()).isEqualTo(MidYearState.SUBMITTED);
        long submitted = sheet.version();
        assertThatThrownBy(() -> checks.record(KIKAKU, 1, submitted, lines("順調", "順調", "順調"), "mitaka-kikaku"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この中間確認は「提出」のため、進捗を記録できません。");
        assertThatThrownBy(() -> checks.publish(KIKAKU, 1, submitted, "mitaka-admin"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この中間確認は「提出」のため、公表できません。");
        assertThatThrownBy(() -> checks.sendBack(KIKAKU, 1, submitted, "mitaka-admin", " "))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("差し戻しの理由を入力してください。");

        sheet = checks.sendBack(KIKAKU, 1, submitted, "mitaka-admin", "遅れの理由を書いてください。");
        assertThat(sheet.state()).isEqualTo(MidYearState.DRAFT);
        sheet = checks.submit(KIKAKU, 1, sheet.version(), "mitaka-kikaku");
        sheet = checks.confirm(KIKAKU, 1, sheet.version(), "mitaka-admin");
        assertThat(checks.published(MITAKA, YEAR))
                .as("confirmed is not yet public")
                .isEmpty();
        sheet = checks.publish(KIKAKU, 1, sheet.version(), "mitaka-admin");
        assertThat(sheet.state()).isEqualTo(MidYearState.PUBLISHED);
        assertThat(sheet.steps())
                .extracting(s -> s.from().name() + ">" + s.to().name() + ":" + s.takenBy())
                .containsExactly(
                        "DRAFT>SUBMITTED:企画部 編集担当（デモ）",
                        "SUBMITTED>DRAFT:企画経営課 管理担当（デモ）",
                        "DRAFT>SUBMITTED:企画部 編集担当（デモ）",
                        "SUBMITTED>CONFIRMED:企画経営課 管理担当（デモ）",
                        "CONFIRMED>PUBLISHED:企画経営課 管理担当（デモ）");
        assertThat(sheet.steps().get(1).comment()).isEqualTo("遅れの理由を書いてください。");

        MidYearChecks.PublishedCheckpoint published =
                checks.published(MITAKA, YEAR).getFirst();
        assertThat(published.labels()).containsExactly("順調", "概ね順調", "遅れ", "未着手");
        assertThat(published.total())
                .containsEntry("順調", 1L)
                .containsEntry("概ね順調", 0L)
                .containsEntry("遅れ", 1L)
                .containsEntry("未着手", 1L);
        assertThat(published.onSchedule()).isEqualTo(1);
        assertThat(published.projects()).isEqualTo(3);
        assertThat(published.checks()).singleElement().satisfies(c -> {
            assertThat(c.departmentName()).isEqualTo("企画部");
            assertThat(c.entries().getFirst().valuesSoFar()).isEqualTo("アクセス件数 180,000件");
        });
    }

    @Test
    void progressListsEveryDepartmentWithAFinalisedPlanAndWhoSubmittedWhen() {
        finalised(KIKAKU, "ホームページリニューアル");
        finalised(new PlanReference(MITAKA, YEAR, "somu"), "文書管理");
        plans.startDraft(new PlanReference(MITAKA, YEAR, "shimin"));
        MidYearChecks.Sheet sheet = checks.record(KIKAKU, 1, null, lines("概ね順調"), "mitaka-kikaku");
        checks.submit(KIKAKU, 1, sheet.version(), "mitaka-kikaku");

        List<MidYearChecks.MidYearProgress> progress = checks.progress(MITAKA, YEAR);
        assertThat(progress)
                .extracting(MidYearChecks.MidYearProgress::departmentCode)
                .as("only departments with a finalised plan")
                .containsExactly("kikaku", "somu");
        assertThat(progress.get(0)).satisfies(p -> {
            assertThat(p.state()).isEqualTo(MidYearState.SUBMITTED);
            assertThat(p.checkpointLabel()).isEqualTo("上半期");
            assertThat(p.doneBy()).isEqualTo("企画部 編集担当（デモ）");
            assertThat(p.doneAt()).isNotNull();
            assertThat(p.staffUrl()).isEqualTo("/staff/m/132047/2004/plans/kikaku/midyear/1");
        });
        assertThat(progress.get(1)).satisfies(p -> {
            assertThat(p.state()).isEqualTo(MidYearState.NOT_STARTED);
            assertThat(p.doneAt()).isNull();
            assertThat(p.lastChangedAt()).isNull();
        });
    }

    @Test
    void aCheckNeedsAFinalisedPlan() {
        plans.startDraft(KIKAKU);
        assertThatThrownBy(() -> checks.record(KIKAKU, 1, null, List.of(), "mitaka-kikaku"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("企画部の運営方針と目標はまだ確定していないため、中間確認はできません。");
    }

    @Test
    void checkpointsLieInsideTheFiscalYear() {
        assertThat(checkpoints.problems(MITAKA, YEAR, "下半期", LocalDate.of(2005, 4, 1)))
                .containsEntry("referenceDate", "基準日は平成16（2004）年度の中の日にしてください（年度の末日は平成17（2005）年3月31日です）。");
        assertThat(checkpoints.problems(MITAKA, YEAR, "", LocalDate.of(2004, 3, 31)))
                .containsEntry("label", "時点の名称を入力してください。")
                .containsEntry("referenceDate", "基準日は平成16（2004）年度の中の日にしてください（年度の初日は平成16（2004）年4月1日です）。");
        assertThatThrownBy(() -> checkpoints.save(MITAKA, YEAR, 0, null, "年度末", LocalDate.of(2005, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(checkpoints.checkpoints(MITAKA, YEAR))
                .as("nothing half-saved")
                .singleElement()
                .satisfies(c -> assertThat(c.version()).isNull());

        checkpoints.save(MITAKA, YEAR, 1, null, "第1四半期", LocalDate.of(2004, 6, 30));
        checkpoints.save(MITAKA, YEAR, 0, null, "上半期", LocalDate.of(2004, 9, 30));
        assertThat(checkpoints.checkpoints(MITAKA, YEAR))
                .extracting(c -> c.number() + " " + c.label() + " " + c.referenceDate())
                .containsExactly("1 第1四半期 2004-06-30", "2 上半期 2004-09-30");
        assertThatThrownBy(() -> checkpoints.save(MITAKA, YEAR, 1, null, "第1四半期", LocalDate.of(2004, 6, 30)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theScaleIsTheMunicipalitysAndRecordedChecksKeepTheirLabels() {
        finalised(KIKAKU, "ホームページリニューアル", "基幹系システム再構築");
        MidYearChecks.Sheet sheet = checks.record(KIKAKU, 1, null, lines("順調", "遅れ"), "mitaka-kikaku");
        sheet = checks.submit(KIKAKU, 1, sheet.version(), "mitaka-kikaku");
        sheet = checks.confirm(KIKAKU, 1, sheet.version(), "mitaka-admin");
        checks.publish(KIKAKU, 1, sheet.version(), "mitaka-admin");

        scales.save(
                MITAKA,
                ScaleKind.MID_YEAR,
                null,
                new ProgressScale(List.of(
                        new ProgressScale.Level("予定通り", true),
                        new ProgressScale.Level("やや遅れ", false),
                        new ProgressScale.Level("大幅に遅れ", false))));
        assertThat(scales.scale(MITAKA, ScaleKind.MID_YEAR).labels()).containsExactly("予定通り", "やや遅れ", "大幅に遅れ");
        assertThat(scales.scale("990001", ScaleKind.MID_YEAR).labels())
                .as("another municipality keeps the default")
                .containsExactly("順調", "概ね順調", "遅れ", "未着手");

        MidYearChecks.PublishedCheckpoint published =
                checks.published(MITAKA, YEAR).getFirst();
        assertThat(published.checks().getFirst().entries())
                .extracting(MidYearEntry::status)
                .as("the labels recorded stay")
                .containsExactly("順調", "遅れ");
        assertThat(published.labels()).containsExactly("予定通り", "やや遅れ", "大幅に遅れ", "順調", "遅れ");
        assertThat(published.onSchedule()).isEqualTo(1);

        PlanReference somu = new PlanReference(MITAKA, YEAR, "somu");
        finalised(somu, "文書管理");
        assertThatThrownBy(() -> checks.record(somu, 1, null, lines("順調"), "mitaka-somu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("事業1の進捗「順調」は、この自治体の進捗の区分にありません。");
        assertThatThrownBy(() -> new ProgressScale(List.of(new ProgressScale.Level("順調", true))))
                .hasMessage("進捗の区分は2つ以上6つ以内で入力してください。");
        assertThatThrownBy(() -> scales.save(
                        MITAKA,
                        ScaleKind.MID_YEAR,
                        null,
                        new ProgressScale(
                                List.of(new ProgressScale.Level("a", true), new ProgressScale.Level("b", false)))))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aNewYearStartsFromLastYearsPlanAlongTheLineageWithUnfinishedGoalsOfferedAsCarryOver() {
        // 2003: 企画部's published plan of the demo (three projects); one goal left unfinished
        PlanReference earlier = new PlanReference(MITAKA, 2003, "kikaku");
        DepartmentPlanView before = plans.find(earlier).orElseThrow();
        assertThat(before.projects()).hasSize(3);
        results.recordResult(earlier, before.version(), 2, "一部達成", "仕様の検討まで", List.of());

        // 2004: part of 企画部 becomes 政策経営部 (a new code, linked to 企画部 of 2003 by the split)
        reorganization.split(MITAKA, YEAR, "kikaku", "seisaku", "政策経営部", List.of("広報課"));
        PlanReference seisaku = new PlanReference(MITAKA, YEAR, "seisaku");
        assertThat(copy.source(seisaku)).hasValueSatisfying(s -> {
            assertThat(s.year()).isEqualTo(2003);
            assertThat(s.departmentCode()).isEqualTo("kikaku");
            assertThat(s.continued()).isEqualTo(2);
            assertThat(s.unfinished()).isEqualTo(1);
        });
        assertThat(copy.wouldOverwrite(seisaku)).isFalse();

        DepartmentPlanView copied = copy.copyFromEarlierYear(seisaku, null, false);
        assertThat(copied.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copied.content().mission()).isEqualTo(before.content().mission());
        assertThat(copied.projects())
                .extracting(ProjectView::number, ProjectView::title, ProjectView::continuedFromId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1, "三鷹市ホームページリニューアル事業", before.projects().get(0).id()),
                        org.assertj.core.groups.Tuple.tuple(
                                3 - 1,
                                "情報セキュリティマネジメントシステムの構築",
                                before.projects().get(2).id()));
        assertThat(copied.projects()).allSatisfy(p -> {
            assertThat(p.result()).isNull();
            assertThat(p.targets()).allSatisfy(t -> assertThat(t.actualValue()).isNull());
        });
        assertThat(carryOvers.unfinishedFromEarlierYear(seisaku))
                .extracting(ProjectView::title)
                .as("the unfinished goal is offered as carry-over, not copied")
                .containsExactly("基幹系情報システムの再構築");

        // the draft now holds something: copying again needs the editor's confirmation
        DepartmentPlanView edited = plans.removeProject(seisaku, copied.version(), 2);
        assertThat(copy.wouldOverwrite(seisaku)).isTrue();
        assertThatThrownBy(() -> copy.copyFromEarlierYear(seisaku, edited.version(), false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("作成中の内容があります。上書きしてよいか確認してから写してください。");
        assertThat(plans.find(seisaku).orElseThrow().projects()).hasSize(1);
        assertThat(copy.copyFromEarlierYear(seisaku, edited.version(), true).projects())
                .hasSize(2);
    }

    @Test
    void withoutAnEarlierFinalisedPlanThereIsNothingToCopy() {
        PlanReference sports = new PlanReference(MITAKA, YEAR, "kyoiku");
        PlanReference y2003 = new PlanReference(MITAKA, 2003, "kyoiku");
        if (plans.find(y2003).isPresent()) {
            assertThat(copy.source(sports)).isPresent();
        }
        reorganization.establish(MITAKA, YEAR, "shinsetsu", "新設部", List.of("新設課"));
        PlanReference fresh = new PlanReference(MITAKA, YEAR, "shinsetsu");
        assertThat(copy.source(fresh)).isEmpty();
        assertThatThrownBy(() -> copy.copyFromEarlierYear(fresh, null, false))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("写せる前年度の確定した運営方針と目標がありません。");
        assertThat(plans.find(fresh)).as("nothing started").isEmpty();
    }
}
