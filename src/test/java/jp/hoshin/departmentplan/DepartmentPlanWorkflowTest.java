package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A department plan from draft to published and its results, against the embedded PostgreSQL (rolled back). */
@SpringBootTest
@Transactional
class DepartmentPlanWorkflowTest {

    private static final String MITAKA = "132047";
    /** A year no demo plan uses: opened (copying the 2003 organisation) inside each test's transaction. */
    static final int TEST_YEAR = 2004;

    @org.junit.jupiter.api.BeforeEach
    void openTestYear() {
        fiscalYears.open(MITAKA, jp.hoshin.fiscalyear.FiscalYear.of(TEST_YEAR), "test");
    }

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    PlanResults results;

    @Autowired
    PlanCarryOver carryOvers;

    @Autowired
    PublishedPlans publishedPlans;

    @Autowired
    jp.hoshin.fiscalyear.FiscalYears fiscalYears;

    private static final TargetIndicator ACCESS = new TargetIndicator(
            "平成15年度末にホームページのアクセス件数330,000件",
            "ホームページのアクセス件数",
            new BigDecimal("330000"),
            "件",
            LocalDate.of(2004, 3, 31),
            null,
            null,
            null);

    private DepartmentPlanView drafted() {
        DepartmentPlanView plan = plans.startDraft(new PlanReference(MITAKA, TEST_YEAR, "kikaku"));
        plan = plans.write(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new PlanContent(
                        plan.content().missionHeadline(),
                        plan.content().mission(),
                        List.of(new SectionRole("広報課", "市政情報の発信")),
                        120,
                        5_000_000_000L,
                        "市民の視点に立った情報発信\n効率的な市政運営"));
        return plans.addProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new ProjectContent("三鷹市ホームページリニューアル事業", "広報課", "新ホームページの検証とさらなる改善を図ります。", true, List.of(ACCESS), null));
    }

    /** Takes the test year's 企画部 draft through 提出 and 協議 to 確定. */
    private DepartmentPlanView finalized(DepartmentPlanView plan) {
        plan = workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
        plan = workflow.startConsultation(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
        return workflow.finalizeAfterConsultation(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
    }

    @Test
    void aDraftStartsFromTheOrganisationOfTheYear() {
        DepartmentPlanView plan = plans.startDraft(new PlanReference(MITAKA, TEST_YEAR, "kikaku"));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.content().missionHeadline()).isEqualTo("効率的な市政運営と健全な財政運営、地域情報化の推進");
        assertThat(plans.overview(MITAKA, TEST_YEAR))
                .filteredOn(l -> l.departmentCode().equals("kikaku"))
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(PlanStatus.DRAFT));
        assertThat(plans.overview(MITAKA, TEST_YEAR))
                .filteredOn(l -> l.departmentCode().equals("somu"))
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isNull());
    }

    @Autowired
    jp.hoshin.organization.Organization organization;

    @Test
    void missionAndResourcesAreOneValueSharedWithTheOrganisationAndTheFinalisedPlanKeepsItsCopy() {
        PlanReference ref = new PlanReference(MITAKA, TEST_YEAR, "kikaku");
        DepartmentPlanView plan = drafted();
        // written in the plan (120 people, 50億円), read on the organisation's department and its public page
        jp.hoshin.organization.DepartmentProfile profile =
                organization.department(MITAKA, TEST_YEAR, "kikaku").profile();
        assertThat(profile.staffCount()).isEqualTo(120);
        assertThat(profile.budgetYen()).isEqualTo(5_000_000_000L);
        assertThat(profile.missionHeadline()).isEqualTo(plan.content().missionHeadline());
        // written on the organisation page, read in the draft
        jp.hoshin.organization.DepartmentView d = organization.department(MITAKA, TEST_YEAR, "kikaku");
        organization.describe(
                MITAKA,
                TEST_YEAR,
                "kikaku",
                d.version(),
                new jp.hoshin.organization.DepartmentProfile(
                        profile.headName(),
                        profile.headNameKana(),
                        profile.basicPolicy(),
                        profile.workDescription(),
                        "新しい見出し",
                        profile.mission(),
                        121,
                        profile.budgetYen()),
                d.sections().stream()
                        .map(jp.hoshin.organization.SectionView::name)
                        .toList());
        plan = plans.find(ref).orElseThrow();
        assertThat(plan.content().staffCount()).isEqualTo(121);
        assertThat(plan.content().missionHeadline()).isEqualTo("新しい見出し");
        // a plan form made before that change, which would overwrite it, is refused; nothing written
        long staleDepartment = d.version();
        DepartmentPlanView before = plan;
        PlanContent typed = new PlanContent(
                "古い見出し",
                before.content().mission(),
                before.content().sectionRoles(),
                120,
                before.content().budgetYen(),
                before.content().policies());
        assertThatThrownBy(() -> plans.write(ref, before.version(), typed, staleDepartment))
                .isInstanceOf(ConcurrentEditException.class);
        // one that leaves them as they are saves the plan's own parts
        assertThat(plans.write(ref, before.version(), before.content(), staleDepartment)
                        .content()
                        .staffCount())
                .isEqualTo(121);
        // finalised: the plan keeps what it was finalised with, whatever the organisation page says later
        plan = finalized(plan);
        d = organization.department(MITAKA, TEST_YEAR, "kikaku");
        organization.describe(
                MITAKA,
                TEST_YEAR,
                "kikaku",
                d.version(),
                new jp.hoshin.organization.DepartmentProfile(null, null, null, null, "組織改正後の見出し", null, 99, null),
                d.sections().stream()
                        .map(jp.hoshin.organization.SectionView::name)
                        .toList());
        assertThat(plans.find(ref).orElseThrow().content().staffCount()).isEqualTo(121);
        assertThat(plans.find(ref).orElseThrow().content().missionHeadline()).isEqualTo("新しい見出し");
        // a revision edits the organisation's value again
        plan = plans.find(ref).orElseThrow();
        plan = workflow.startRevision(ref, plan.version(), "u", "組織改正");
        assertThat(plan.content().staffCount()).isEqualTo(99);
    }

    @Test
    void runsFromDraftToPublishedRecordingEachStep() {
        DepartmentPlanView plan = drafted();
        assertThat(plan.projects()).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.targets()).containsExactly(ACCESS);
        });
        plan = workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-kikaku");
        plan = workflow.startConsultation(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-admin");
        plan = workflow.sendBack(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-review", "目標値の根拠を追記してください。");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        plan = workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-kikaku");
        plan = workflow.startConsultation(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-admin");
        plan = workflow.finalizeAfterConsultation(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-review");
        assertThat(publishedPlans.publicVersion(new PlanReference(MITAKA, TEST_YEAR, "kikaku")))
                .isEmpty();
        plan = workflow.publish(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "mitaka-admin");
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(publishedPlans.publicVersion(new PlanReference(MITAKA, TEST_YEAR, "kikaku")))
                .isPresent();

        assertThat(workflow.steps(plan.id()))
                .extracting(s -> s.from() + "→" + s.to() + " " + s.takenBy())
                .containsExactly(
                        "DRAFT→SUBMITTED mitaka-kikaku",
                        "SUBMITTED→IN_CONSULTATION mitaka-admin",
                        "IN_CONSULTATION→DRAFT mitaka-review",
                        "DRAFT→SUBMITTED mitaka-kikaku",
                        "SUBMITTED→IN_CONSULTATION mitaka-admin",
                        "IN_CONSULTATION→FINALIZED mitaka-review",
                        "FINALIZED→PUBLISHED mitaka-admin");
        assertThat(workflow.steps(plan.id()).get(2).comment()).isEqualTo("目標値の根拠を追記してください。");
    }

    @Test
    void aWrongStepIsRefusedWithTheReason() {
        DepartmentPlanView plan = drafted();
        long version = plan.version();
        assertThatThrownBy(
                        () -> workflow.publish(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), version, "mitaka-admin"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画は「作成中」のため、公表できません。");
        assertThatThrownBy(() -> workflow.sendBack(
                        new PlanReference(MITAKA, TEST_YEAR, "kikaku"), version, "mitaka-review", " "))
                .hasMessageContaining("差し戻す理由");
        DepartmentPlanView empty = plans.startDraft(new PlanReference(MITAKA, 2020, "somu"));
        assertThatThrownBy(
                        () -> workflow.submit(new PlanReference(MITAKA, 2020, "somu"), empty.version(), "mitaka-somu"))
                .hasMessageContaining("部の使命・目標か個別事業を1つ以上");
    }

    @Test
    void aFinalisedPlanIsFrozenAndARevisionKeepsThePublicVersion() {
        DepartmentPlanView plan = drafted();
        plan = finalized(plan);
        plan = workflow.publish(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
        long frozen = plan.version();
        assertThatThrownBy(() -> plans.addProject(
                        new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                        frozen,
                        new ProjectContent("追加", null, null, false, List.of(), null)))
                .hasMessage("この計画は「公表」のため、個別事業を追加できません。");

        plan = workflow.startRevision(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u", "組織改正に伴う修正");
        plan = plans.addProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new ProjectContent(
                        "基幹系情報システムの再構築",
                        "情報推進室",
                        null,
                        false,
                        List.of(TargetIndicator.text("平成14年度比で20%のコスト減")),
                        null));
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(publishedPlans.publicVersion(new PlanReference(MITAKA, TEST_YEAR, "kikaku")))
                .get()
                .satisfies(v ->
                        assertThat(v.projects()).extracting(ProjectView::title).containsExactly("三鷹市ホームページリニューアル事業"));
    }

    @Test
    void resultsAreRecordedAgainstTheStructuredTargets() {
        DepartmentPlanView plan = drafted();
        plan = finalized(plan);
        plan = results.recordResult(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                1,
                "一部達成",
                "アクセス件数は目標に届かなかった。",
                Arrays.asList(new BigDecimal("310000")));
        ProjectView project = plan.projects().getFirst();
        assertThat(project.result()).isEqualTo("一部達成");
        assertThat(project.targets().getFirst().actualValue()).isEqualByComparingTo("310000");
    }

    @Test
    void resultsGoThroughTheirOwnStepsAndAreShownOnlyOncePublished() {
        DepartmentPlanView plan = drafted();
        plan = finalized(plan);
        plan = workflow.publish(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
        long published = plan.version();
        assertThatThrownBy(() -> results.moveResults(
                        new PlanReference(MITAKA, TEST_YEAR, "kikaku"), published, PlanStatus.SUBMITTED, "u", null))
                .hasMessageContaining("結果は「未記録」");

        plan = results.recordResult(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), 1, "達成", null, List.of());
        plan = results.summarize(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "目標はすべて達成できました。");
        plan = results.moveResults(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                PlanStatus.SUBMITTED,
                "mitaka-kikaku",
                null);
        long submitted = plan.version();
        assertThatThrownBy(() -> results.summarize(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), submitted, "書き換え"))
                .hasMessage("結果は「提出」のため、総括を記録できません。");
        plan = results.moveResults(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                PlanStatus.IN_CONSULTATION,
                "mitaka-admin",
                null);
        plan = results.moveResults(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                PlanStatus.FINALIZED,
                "mitaka-review",
                null);
        assertThat(publishedPlans.publicVersion(new PlanReference(MITAKA, TEST_YEAR, "kikaku")))
                .get()
                .satisfies(v -> {
                    assertThat(v.summary()).isNull();
                    assertThat(v.projects().getFirst().result()).isNull();
                });
        assertThat(publishedPlans.publishedResults(MITAKA, TEST_YEAR)).isEmpty();
        plan = results.moveResults(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                PlanStatus.PUBLISHED,
                "mitaka-admin",
                null);
        assertThat(publishedPlans.publicVersion(new PlanReference(MITAKA, TEST_YEAR, "kikaku")))
                .get()
                .satisfies(v -> {
                    assertThat(v.summary()).isEqualTo("目標はすべて達成できました。");
                    assertThat(v.resultCounts(ProgressScale.defaultFor(ScaleKind.RESULT))
                                    .levels()
                                    .getFirst())
                            .isEqualTo(new ResultCounts.LevelCount("達成", true, 1));
                });
        assertThat(publishedPlans.publishedResults(MITAKA, TEST_YEAR))
                .extracting(DepartmentPlanView::departmentCode)
                .containsExactly("kikaku");
        assertThat(workflow.steps(plan.id())).filteredOn(PlanStepView::results).hasSize(4);
    }

    @Test
    void unfinishedGoalsAreOfferedForTheNextPlanAndKeepTheirLink() {
        DepartmentPlanView plan = drafted();
        plan = plans.addProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new ProjectContent(
                        "情報セキュリティマネジメントシステムの構築",
                        "情報推進室",
                        null,
                        false,
                        List.of(TargetIndicator.text("ISMS等の国際基準の認証取得の申請")),
                        null));
        plan = finalized(plan);
        plan = results.recordResult(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), 1, "達成", null, List.of());
        plan = results.recordResult(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), 2, "着手", "申請準備中", List.of());

        fiscalYears.open(MITAKA, jp.hoshin.fiscalyear.FiscalYear.of(TEST_YEAR + 1), "test");
        DepartmentPlanView next = plans.startDraft(new PlanReference(MITAKA, TEST_YEAR + 1, "kikaku"));
        List<ProjectView> offered =
                carryOvers.unfinishedFromEarlierYear(new PlanReference(MITAKA, TEST_YEAR + 1, "kikaku"));
        assertThat(offered).extracting(ProjectView::title).containsExactly("情報セキュリティマネジメントシステムの構築");
        next = carryOvers.carryOver(
                new PlanReference(MITAKA, TEST_YEAR + 1, "kikaku"),
                next.version(),
                List.of(offered.getFirst().id()));
        assertThat(next.projects()).singleElement().satisfies(p -> {
            assertThat(p.carriedFromId()).isEqualTo(offered.getFirst().id());
            assertThat(p.result()).isNull();
            assertThat(p.targets()).extracting(TargetIndicator::text).containsExactly("ISMS等の国際基準の認証取得の申請");
        });
        assertThat(carryOvers.unfinishedFromEarlierYear(new PlanReference(MITAKA, TEST_YEAR + 1, "kikaku")))
                .isEmpty();
        long version = next.version();
        assertThatThrownBy(() -> carryOvers.carryOver(
                        new PlanReference(MITAKA, TEST_YEAR + 1, "kikaku"),
                        version,
                        List.of(offered.getFirst().id())))
                .hasMessageContaining("繰り越せる目標ではありません");
    }

    @Test
    void aStaleVersionIsRefused() {
        DepartmentPlanView plan = drafted();
        long stale = plan.version() - 1;
        assertThatThrownBy(() -> workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), stale, "u"))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void editingAProjectAloneMakesAnEarlierCopyOfThePlanStale() {
        DepartmentPlanView plan = drafted();
        long before = plan.version();
        plan = plans.reviseProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                before,
                1,
                new ProjectContent("三鷹市ホームページ再構築事業", "広報課", null, true, List.of(ACCESS), null));
        assertThat(plan.version()).isGreaterThan(before);
        assertThatThrownBy(() -> plans.removeProject(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), before, 1))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aWholeDraftReplacesPartsAndProjectsByNumberAndWritesOnlyWhatDiffers() {
        DepartmentPlanView plan = drafted();
        plan = plans.addProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new ProjectContent(
                        "基幹系情報システムの再構築",
                        "情報推進室",
                        null,
                        false,
                        List.of(TargetIndicator.text("平成14年度比で20%のコスト減")),
                        null));
        PlanContent content = plan.content();
        ProjectDraft first = new ProjectDraft(
                1,
                new ProjectContent(
                        "三鷹市ホームページリニューアル事業",
                        "広報課",
                        "新ホームページの検証とさらなる改善を図ります。",
                        true,
                        List.of(new TargetIndicator(
                                ACCESS.text(),
                                ACCESS.measure(),
                                new BigDecimal("330000.0"),
                                ACCESS.unit(),
                                ACCESS.deadline(),
                                null,
                                null,
                                null)),
                        null));

        DraftReplacement same = plans.replaceDraft(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new PlanContent(
                        " " + content.missionHeadline(),
                        content.mission() + "\n\n",
                        content.sectionRoles(),
                        content.staffCount(),
                        content.budgetYen(),
                        content.policies()),
                List.of(
                        first,
                        new ProjectDraft(
                                2,
                                new ProjectContent(
                                        "基幹系情報システムの再構築",
                                        "情報推進室",
                                        null,
                                        false,
                                        List.of(TargetIndicator.text("平成14年度比で20%のコスト減")),
                                        null))));
        assertThat(same.changed()).isFalse();
        assertThat(same.plan().version()).isEqualTo(plan.version());

        DraftReplacement replaced = plans.replaceDraft(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new PlanContent(
                        content.missionHeadline(),
                        content.mission(),
                        content.sectionRoles(),
                        68,
                        content.budgetYen(),
                        content.policies()),
                List.of(
                        new ProjectDraft(
                                1, new ProjectContent("三鷹市ホームページ再構築事業", "広報課", null, true, List.of(ACCESS), null)),
                        new ProjectDraft(
                                5,
                                new ProjectContent("情報セキュリティマネジメントシステムの構築", "情報推進室", null, false, List.of(), null))));
        assertThat(replaced.changed()).isTrue();
        assertThat(List.of(replaced.contentChanged(), replaced.added(), replaced.revised(), replaced.removed()))
                .containsExactly(true, 1, 1, 1);
        assertThat(replaced.plan().version()).isGreaterThan(plan.version());
        assertThat(replaced.plan().content().staffCount()).isEqualTo(68);
        assertThat(replaced.plan().projects())
                .extracting(p -> p.number() + " " + p.title())
                .containsExactly("1 三鷹市ホームページ再構築事業", "5 情報セキュリティマネジメントシステムの構築");
        long stale = plan.version();
        assertThatThrownBy(() ->
                        plans.replaceDraft(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), stale, content, List.of()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aReplacedProjectKeepsItsResultActualValuesAndCarryOverLink() {
        long earlier = plans.find(new PlanReference(MITAKA, 2017, "kikaku"))
                .orElseThrow()
                .projects()
                .getFirst()
                .id();
        DepartmentPlanView plan = plans.startDraft(new PlanReference(MITAKA, TEST_YEAR, "kikaku"));
        plan = plans.addProject(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                new ProjectContent("三鷹市ホームページリニューアル事業", "広報課", null, true, List.of(ACCESS), earlier));
        plan = finalized(plan);
        plan = results.recordResult(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                1,
                "一部達成",
                "31万件",
                List.of(new BigDecimal("310000")));
        plan = workflow.startRevision(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u", "目標の表現の修正");
        DraftReplacement replaced = plans.replaceDraft(
                new PlanReference(MITAKA, TEST_YEAR, "kikaku"),
                plan.version(),
                plan.content(),
                List.of(new ProjectDraft(
                        1, new ProjectContent("三鷹市ホームページ改善事業", "広報課", null, true, List.of(ACCESS), null))));
        assertThat(replaced.revised()).isEqualTo(1);
        assertThat(replaced.plan().projects()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("三鷹市ホームページ改善事業");
            assertThat(p.result()).isEqualTo("一部達成");
            assertThat(p.carriedFromId()).isEqualTo(earlier);
            assertThat(p.targets().getFirst().actualValue()).isEqualByComparingTo("310000");
        });
    }

    @Test
    void aWholeDraftIsRefusedOnceThePlanIsSubmitted() {
        DepartmentPlanView plan = drafted();
        plan = workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "u");
        long submitted = plan.version();
        PlanContent content = plan.content();
        assertThatThrownBy(() -> plans.replaceDraft(
                        new PlanReference(MITAKA, TEST_YEAR, "kikaku"), submitted, content, List.of()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この計画は「提出」のため、取り込みできません。");
    }

    @Test
    void theConsultationKeepsCommentsWithWhoAndWhenWithoutChangingThePlan() {
        DepartmentPlanView plan = drafted();
        assertThatThrownBy(() ->
                        workflow.comment(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), false, "review", "早すぎるコメント"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("提出または協議中");
        plan = workflow.submit(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "kikaku-staff");
        plan = workflow.startConsultation(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), plan.version(), "admin");
        long version = plan.version();
        workflow.comment(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), false, "review", "目標指標に基準値を加えてください。");
        workflow.comment(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), false, "kikaku-staff", "平成14年度の値を加えます。");
        assertThat(plans.find(new PlanReference(MITAKA, TEST_YEAR, "kikaku"))
                        .orElseThrow()
                        .version())
                .isEqualTo(version);
        assertThat(workflow.steps(plan.id()))
                .filteredOn(PlanStepView::isComment)
                .extracting(PlanStepView::takenBy, PlanStepView::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("review", "目標指標に基準値を加えてください。"),
                        org.assertj.core.groups.Tuple.tuple("kikaku-staff", "平成14年度の値を加えます。"));
        assertThatThrownBy(() -> workflow.comment(new PlanReference(MITAKA, TEST_YEAR, "kikaku"), false, "review", " "))
                .hasMessageContaining("コメントを入力してください");
    }
}
