package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An evaluation sheet through 一次評価 → 二次評価 → 確定 → 公表, revisions and carry-forward, against the embedded PostgreSQL (rolled back). */
@SpringBootTest
@Transactional
class EvaluationWorkflowTest {

    static final String MITAKA = "132047";
    /** Years no demo data uses, opened inside each test's transaction (copying the 2003 organisation). */
    static final int YEAR = 2008;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReview review;

    @Autowired
    EvaluationSelection selection;

    @Autowired
    PublishedEvaluations publishedEvaluations;

    @Autowired
    BudgetList budgetList;

    @Autowired
    FiscalYears fiscalYears;

    @BeforeEach
    void openYears() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        evaluations.setLaborUnitCost(MITAKA, YEAR, 8_000_000L);
        evaluations.setLaborUnitCost(MITAKA, YEAR - 1, 7_900_000L);
    }

    static SheetContent streetLights(int year) {
        PerformanceIndicator replaced = new PerformanceIndicator(
                IndicatorKind.ACTIVITY,
                "LED化した街路灯",
                "灯",
                false,
                List.of(
                        new IndicatorFigure(year - 1, new BigDecimal("150"), new BigDecimal("160")),
                        new IndicatorFigure(year, new BigDecimal("140"), new BigDecimal("140"))));
        PerformanceIndicator share = new PerformanceIndicator(
                IndicatorKind.OUTCOME,
                "LED化率",
                "%",
                false,
                List.of(new IndicatorFigure(year, new BigDecimal("99"), new BigDecimal("98.4"))));
        return new SheetContent(
                "市内街路灯のLED化の推進",
                "道路管理課",
                "土木費",
                "道路橋りょう費",
                "道路維持費",
                "街路灯維持管理",
                "道路法",
                LegalBasisKind.DISCRETIONARY,
                null,
                List.of(),
                List.of(),
                2016,
                null,
                false,
                Set.of(ImplementationMethod.OUTSOURCED),
                "市内の街路灯",
                "省エネルギーで明るい夜道",
                "蛍光灯・水銀灯の街路灯をLEDに取り替える",
                List.of(replaced, share),
                List.of(
                        new YearCost(year - 1, null, 1_000_000L, null, null, 9_000_000L, new BigDecimal("0.5")),
                        new YearCost(year, 2_000_000L, null, null, null, 6_000_000L, new BigDecimal("0.75"))),
                0);
    }

    static Assessment assessment(FutureDirection direction, String comment) {
        return new Assessment(
                Rating.A,
                "安全な夜道は市の役割",
                Rating.B,
                "計画どおり",
                Rating.B,
                "賃貸借で平準化",
                direction.label(),
                "残りの灯具を順次更新",
                comment);
    }

    private EvaluationSheetView created() {
        EvaluationSheetView sheet = evaluations.create(
                MITAKA, YEAR, "toshi-seibi", SheetContent.named("市内街路灯のLED化の推進", null), "mitaka-admin");
        return evaluations.write(new SheetReference(MITAKA, YEAR, sheet.number()), sheet.version(), streetLights(YEAR));
    }

    @Test
    void theSheetComputesItsCostsWithTheYearsUnitCost() {
        EvaluationSheetView sheet = created();
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.FIRST);
        CostBreakdown b = sheet.breakdown(YEAR);
        assertThat(b.projectCost()).isEqualTo(8_000_000L);
        assertThat(b.laborCost()).isEqualTo(6_000_000L);
        assertThat(b.totalCost()).isEqualTo(14_000_000L);
        assertThat(b.unitCost()).isEqualTo(100_000L);
        assertThat(sheet.breakdown(YEAR - 1).laborCost()).isEqualTo(3_950_000L);
        assertThat(sheet.content().indicators().get(1).achievementRate(YEAR)).isEqualByComparingTo("99.4");
    }

    @Test
    void runsThroughEveryStageRecordingWhoAndWhenAndTheSecondDirectionWins() {
        EvaluationSheetView sheet = created();
        int n = sheet.number();
        sheet = review.recordFirstAssessment(
                new SheetReference(MITAKA, YEAR, n), sheet.version(), assessment(FutureDirection.EXPAND, "所管課の所見"));
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.EXPAND.label());
        sheet = review.submitFirstEvaluation(new SheetReference(MITAKA, YEAR, n), sheet.version(), "mitaka-toshi");
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.SECOND);
        sheet = review.recordSecondEvaluation(
                new SheetReference(MITAKA, YEAR, n),
                sheet.version(),
                assessment(FutureDirection.CONTINUE, "企画の所見"),
                "外部評価委員会：妥当",
                "mitaka-admin");
        assertThat(sheet.finalDirection()).isEqualTo(FutureDirection.CONTINUE.label());
        assertThat(sheet.first().direction()).isEqualTo(FutureDirection.EXPAND.label());
        assertThat(sheet.directionSource()).isEqualTo("二次評価");
        assertThat(publishedEvaluations.publishedSheet(new SheetReference(MITAKA, YEAR, n)))
                .isEmpty();
        sheet = review.finalizeEvaluation(new SheetReference(MITAKA, YEAR, n), sheet.version(), "mitaka-review");
        sheet = review.publish(new SheetReference(MITAKA, YEAR, n), sheet.version(), "mitaka-admin");
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.PUBLISHED);
        assertThat(publishedEvaluations.publishedSheet(new SheetReference(MITAKA, YEAR, n)))
                .hasValueSatisfying(p -> assertThat(p.externalComment()).isEqualTo("外部評価委員会：妥当"));

        assertThat(evaluations.steps(sheet.id()))
                .extracting(s -> s.from() + "→" + s.to() + " " + s.takenBy())
                .containsExactly(
                        "FIRST→FIRST mitaka-admin",
                        "FIRST→SECOND mitaka-toshi",
                        "SECOND→SECOND mitaka-admin",
                        "SECOND→FINALIZED mitaka-review",
                        "FINALIZED→PUBLISHED mitaka-admin");
        assertThat(evaluations.steps(sheet.id()))
                .allSatisfy(s -> assertThat(s.takenAt()).isNotNull());

        PublishedEvaluations.Summary summary = publishedEvaluations.summary(MITAKA, YEAR);
        assertThat(summary.total()).isEqualTo(1);
        assertThat(summary.byDirection())
                .containsEntry(FutureDirection.CONTINUE.label(), 1L)
                .containsEntry(FutureDirection.EXPAND.label(), 0L);
        assertThat(summary.byDepartment())
                .singleElement()
                .satisfies(d -> assertThat(d.departmentName()).isEqualTo("都市整備部"));
    }

    @Test
    void wrongStepsAreRefusedWithTheReason() {
        EvaluationSheetView sheet = created();
        int n = sheet.number();
        long v = sheet.version();
        assertThatThrownBy(() -> review.submitFirstEvaluation(new SheetReference(MITAKA, YEAR, n), v, "u"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("今後の方向性をすべて選んでから");
        assertThatThrownBy(() -> review.finalizeEvaluation(new SheetReference(MITAKA, YEAR, n), v, "u"))
                .hasMessage("この評価シートは「一次評価中」のため、確定できません。");
        assertThatThrownBy(() -> review.publish(new SheetReference(MITAKA, YEAR, n), v, "u"))
                .hasMessageContaining("公表できません");
        assertThatThrownBy(() -> review.recordSecondEvaluation(
                        new SheetReference(MITAKA, YEAR, n), v, assessment(FutureDirection.CONTINUE, ""), null, "u"))
                .hasMessageContaining("二次評価を記録できません");
        assertThatThrownBy(() -> evaluations.write(new SheetReference(MITAKA, YEAR, n), v - 1, streetLights(YEAR)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> review.sendBack(new SheetReference(MITAKA, YEAR, n), v, "u", " "))
                .hasMessageContaining("差し戻す理由");
    }

    @Test
    void aFinalisedSheetIsFrozenAndARevisionNeedsAReasonAndKeepsThePublishedVersion() {
        EvaluationSheetView sheet = published(created());
        int n = sheet.number();
        long v = sheet.version();
        assertThatThrownBy(() ->
                        evaluations.write(new SheetReference(MITAKA, YEAR, n), v, SheetContent.named("別の名前", null)))
                .hasMessageContaining("確定した評価は変更できません");
        assertThatThrownBy(() -> review.startRevision(new SheetReference(MITAKA, YEAR, n), v, "mitaka-admin", "  "))
                .hasMessageContaining("改訂の理由");

        sheet = review.startRevision(new SheetReference(MITAKA, YEAR, n), v, "mitaka-admin", "決算額の確定に伴う修正");
        assertThat(sheet.stage()).isEqualTo(EvaluationStage.SECOND);
        assertThat(sheet.revision()).isEqualTo(1);
        sheet = evaluations.write(
                new SheetReference(MITAKA, YEAR, n), sheet.version(), SheetContent.named("市内街路灯のLED化の推進（改訂）", null));
        // citizens still read the published version until it is published again
        assertThat(publishedEvaluations.publishedSheet(new SheetReference(MITAKA, YEAR, n)))
                .hasValueSatisfying(p -> assertThat(p.content().name()).isEqualTo("市内街路灯のLED化の推進"));
        assertThat(evaluations.steps(sheet.id()))
                .last()
                .satisfies(s -> assertThat(s.comment()).isEqualTo("決算額の確定に伴う修正"));
    }

    @Test
    void aClosedYearRefusesChanges() {
        EvaluationSheetView sheet = created();
        var fy = fiscalYears.get(MITAKA, YEAR);
        fiscalYears.close(MITAKA, YEAR, fy.version(), "test");
        assertThatThrownBy(() -> evaluations.write(
                        new SheetReference(MITAKA, YEAR, sheet.number()), sheet.version(), streetLights(YEAR)))
                .hasMessageContaining("締められているため変更できません");
    }

    @Test
    void linksAreCheckedAgainstThePlansAndTheDepartmentsPlanProjects() {
        EvaluationSheetView sheet = created();
        SheetContent c = streetLights(YEAR);
        SheetContent wrongElement = SheetContent.named(c.name(), null).withPolicyElementKey("NO-SUCH");
        assertThatThrownBy(() -> evaluations.write(
                        new SheetReference(MITAKA, YEAR, sheet.number()), sheet.version(), wrongElement))
                .hasMessageContaining("NO-SUCH");
        SheetContent wrongProject = SheetContent.named(c.name(), null).withPlanProjectIds(List.of(999_999L));
        assertThatThrownBy(() -> evaluations.write(
                        new SheetReference(MITAKA, YEAR, sheet.number()), sheet.version(), wrongProject))
                .hasMessageContaining("運営方針と目標にありません");
        SheetContent linked =
                SheetContent.named(c.name(), null).withPolicyElementKey("K1-1").withActionItemKeys(List.of("A7-4"));
        assertThat(evaluations
                        .write(new SheetReference(MITAKA, YEAR, sheet.number()), sheet.version(), linked)
                        .content()
                        .actionItemKeys())
                .containsExactly("A7-4");
    }

    @Test
    void carryForwardStartsNextYearsSheetFromThisYearsAndTheSeriesRunOn() {
        EvaluationSheetView sheet = published(created());
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR + 1), "test");
        evaluations.setLaborUnitCost(MITAKA, YEAR + 1, 8_100_000L);
        List<EvaluationSheetView> carried = selection.carryForward(MITAKA, YEAR, List.of(), "mitaka-admin");
        assertThat(carried).singleElement().satisfies(next -> {
            assertThat(next.year()).isEqualTo(YEAR + 1);
            assertThat(next.number()).isEqualTo(sheet.number());
            assertThat(next.stage()).isEqualTo(EvaluationStage.FIRST);
            assertThat(next.carriedFromId()).isEqualTo(sheet.id());
            assertThat(next.first().isEmpty()).isTrue();
            assertThat(next.years()).containsExactly(YEAR - 1, YEAR, YEAR + 1);
            // this year's cost is now the 前年度 column; the new year is empty
            assertThat(next.breakdown(YEAR).totalCost()).isEqualTo(14_000_000L);
            assertThat(next.breakdown(YEAR + 1).totalCost()).isNull();
            assertThat(next.content().indicators().get(0).actual(YEAR)).isEqualByComparingTo("140");
        });
        assertThat(selection.carryForward(MITAKA, YEAR, List.of(), "mitaka-admin"))
                .isEmpty();

        EvaluationSheetView next = carried.get(0);
        SheetContent c = next.content();
        evaluations.write(
                new SheetReference(MITAKA, YEAR + 1, next.number()),
                next.version(),
                new SheetContent(
                        c.name(),
                        c.sectionName(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false,
                        c.methods(),
                        null,
                        null,
                        null,
                        c.indicators(),
                        List.of(
                                c.cost(YEAR),
                                new YearCost(YEAR + 1, null, null, null, null, 5_000_000L, BigDecimal.ONE)),
                        0));
        review.recordFirstAssessment(
                new SheetReference(MITAKA, YEAR + 1, next.number()),
                evaluations
                        .get(new SheetReference(MITAKA, YEAR + 1, next.number()))
                        .version(),
                assessment(FutureDirection.REDUCE, ""));
        assertThat(budgetList.lines(MITAKA, YEAR + 1, BudgetList.Filter.ALL))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.totalCost()).isEqualTo(13_100_000L);
                    assertThat(l.generalFund()).isEqualTo(5_000_000L);
                    assertThat(l.previousTotalCost()).isEqualTo(14_000_000L);
                    assertThat(l.costChange()).isEqualTo(-900_000L);
                    assertThat(l.direction()).isEqualTo(FutureDirection.REDUCE.label());
                    assertThat(l.previousDirection()).isEqualTo(FutureDirection.CONTINUE.label());
                    assertThat(l.directionChanged()).isTrue();
                });
        assertThat(budgetList.lines(
                        MITAKA, YEAR + 1, new BudgetList.Filter(null, null, FutureDirection.EXPAND.label())))
                .isEmpty();
        assertThat(budgetList.lines(MITAKA, YEAR + 1, new BudgetList.Filter("kikaku", null, null)))
                .isEmpty();
        assertThat(budgetList.lines(
                        MITAKA, YEAR + 1, new BudgetList.Filter("toshi-seibi", null, FutureDirection.REDUCE.label())))
                .hasSize(1);
    }

    @Test
    void progressCountsSheetsPerStageAndDepartment() {
        created();
        published(evaluations.create(MITAKA, YEAR, "kyoiku", SheetContent.named("学校給食の充実と調理業務の委託化の推進", null), "u"));
        EvaluationReview.Progress progress = review.progress(MITAKA, YEAR);
        assertThat(progress.byStage())
                .containsAllEntriesOf(
                        Map.of(EvaluationStage.FIRST, 1L, EvaluationStage.PUBLISHED, 1L, EvaluationStage.SECOND, 0L));
        assertThat(progress.byDepartment().get("kyoiku")).containsEntry(EvaluationStage.PUBLISHED, 1L);
    }

    private EvaluationSheetView published(EvaluationSheetView sheet) {
        int n = sheet.number();
        sheet = review.recordFirstAssessment(
                new SheetReference(MITAKA, YEAR, n), sheet.version(), assessment(FutureDirection.CONTINUE, ""));
        sheet = review.submitFirstEvaluation(new SheetReference(MITAKA, YEAR, n), sheet.version(), "u");
        sheet = review.finalizeEvaluation(new SheetReference(MITAKA, YEAR, n), sheet.version(), "u");
        return review.publish(new SheetReference(MITAKA, YEAR, n), sheet.version(), "u");
    }

    @Test
    void thePlanningSectionSelectsTargetsFromTheDepartmentPlansAllOrNothing() {
        int plansYear = 2017; // 三鷹市's demo plans of 平成29年度, with no sheets yet
        List<EvaluationSelection.PlanCandidate> candidates = selection.planCandidates(MITAKA, plansYear);
        assertThat(candidates).hasSizeGreaterThan(3).noneMatch(EvaluationSelection.PlanCandidate::selected);
        EvaluationSelection.PlanCandidate first = candidates.getFirst();
        EvaluationSelection.PlanCandidate other = candidates.stream()
                .filter(c -> !c.departmentCode().equals(first.departmentCode()))
                .findFirst()
                .orElseThrow();

        List<EvaluationSheetView> created = selection.selectFromPlans(
                MITAKA, plansYear, List.of(first.projectId(), other.projectId()), "mitaka-admin");

        assertThat(created).hasSize(2);
        assertThat(created.getFirst().content().name()).isEqualTo(first.title());
        assertThat(created.getFirst().content().sectionName()).isEqualTo(first.leadSection());
        assertThat(created.getFirst().departmentCode()).isEqualTo(first.departmentCode());
        assertThat(created.getFirst().content().planProjectIds()).containsExactly(first.projectId());
        assertThat(created.get(1).departmentCode()).isEqualTo(other.departmentCode());
        assertThat(selection.planCandidates(MITAKA, plansYear))
                .filteredOn(EvaluationSelection.PlanCandidate::selected)
                .extracting(
                        EvaluationSelection.PlanCandidate::projectId, EvaluationSelection.PlanCandidate::sheetNumber)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                first.projectId(), created.getFirst().number()),
                        org.assertj.core.groups.Tuple.tuple(
                                other.projectId(), created.get(1).number()));

        EvaluationSelection.PlanCandidate third = candidates.stream()
                .filter(c -> c != first && c != other)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> selection.selectFromPlans(
                        MITAKA, plansYear, List.of(third.projectId(), first.projectId()), "u"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(first.title())
                .hasMessageContaining("既に評価シート");
        assertThatThrownBy(() -> selection.selectFromPlans(MITAKA, plansYear, List.of(third.projectId(), -1L), "u"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("運営方針と目標にありません");
        assertThatThrownBy(() -> selection.selectFromPlans(MITAKA, plansYear, List.of(), "u"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("選んでください");
        assertThat(evaluations.sheets(MITAKA, plansYear)).hasSize(2);
    }
}
