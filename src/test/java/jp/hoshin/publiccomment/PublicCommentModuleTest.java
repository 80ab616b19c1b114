package jp.hoshin.publiccomment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.hoshin.document.IssuedDocuments;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.identity.StaffNames;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The public comment module bootstrapped alone (plus {@code audit}, whose revision entity every audited change needs)
 * against the embedded PostgreSQL; the other modules it uses are mocked. A consultation from registering its plan to
 * published results through the three services, with personal data encrypted at rest and forgotten after retention.
 */
@ApplicationModuleTest(extraIncludes = "audit")
class PublicCommentModuleTest {

    private static final String M = "132047";

    @Autowired
    IndividualPlans plans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    OpinionItems items;

    @Autowired
    ReflectionCategories reflections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    PolicyPlans policyPlans;

    @MockitoBean
    Access access;

    @MockitoBean
    DepartmentDirectory departments;

    @MockitoBean
    StaffNames staffNames;

    @MockitoBean
    PdfDocuments pdfDocuments;

    @MockitoBean
    IssuedDocuments issuedDocuments;

    private PublicCommentFixtures comments;

    @BeforeEach
    void mitaka() {
        comments = new PublicCommentFixtures(M, consultations, opinions, jdbc);
        when(municipalities.get(M)).thenReturn(new MunicipalityView(1, M, "三鷹市", "みたかし", "東京都", false, null, 0));
        when(policyPlans.linkable(M)).thenReturn(List.of());
    }

    private IndividualPlanView plan() {
        return plans.register(
                M,
                new IndividualPlanContent(
                        "モジュール試験計画" + UUID.randomUUID(),
                        true,
                        IndividualPlanKind.FORMULATION,
                        "kikaku",
                        "企画経営課",
                        null,
                        null,
                        null,
                        null,
                        List.of("第一の事業"),
                        null,
                        List.of()));
    }

    /** A consultation whose 30-day period ended ten days ago (so opinions are late and results may be published). */
    private ConsultationView closedConsultation(IndividualPlanView plan, int retentionDays) {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        return comments.announced(PublicCommentFixtures.consultation(
                "モジュール試験の意見募集",
                plan.id(),
                today.minusDays(40),
                new Channels(true, "〒181-8555 三鷹市役所", null, null, null),
                retentionDays));
    }

    private Receipt recordByPost(ConsultationView c, IndividualPlanView plan, LocalDate receivedOn) {
        return opinions.record(
                M,
                c.id(),
                new ReceivedOpinion(
                        OpinionChannel.POST,
                        receivedOn,
                        new OpinionSubmission(
                                false,
                                new PersonalData("東京都三鷹市野崎1-1-1", "三鷹 太郎", null, "0422-45-1151"),
                                plan.id(),
                                "講習会を増やしてください。")));
    }

    @Test
    void aConsultationGoesFromThePlanToPublishedResults() {
        IndividualPlanView plan = plan();
        assertThat(plans.advance(M, plan.id())).isEqualTo(IndividualPlanStatus.PROPOSAL);
        ConsultationView c = closedConsultation(plan, 365);
        assertThat(consultations.consultation(M, c.id()).status()).isEqualTo(ConsultationStatus.CLOSED);
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        Receipt inTime = recordByPost(c, plan, today.minusDays(20));
        Receipt late = recordByPost(c, plan, today.minusDays(2));
        assertThat(inTime.number()).matches("PC-\\d{4}-\\d{6}-[A-Z2-9]{4}");
        assertThat(opinions.received(M, c.id(), late.number())).isTrue();

        List<OpinionView> received = opinions.opinions(M, c.id(), true);
        assertThat(received).extracting(OpinionView::late).containsExactly(false, true);
        assertThat(received.getFirst().submitter().name()).isEqualTo("三鷹 太郎");
        assertThat(opinions.opinions(M, c.id(), false))
                .allSatisfy(o -> assertThat(o.submitter()).isNull());
        byte[] stored = jdbc.queryForObject(
                "select personal_data from opinion where receipt_number = ?", byte[].class, inTime.number());
        assertThat(new String(stored, StandardCharsets.UTF_8))
                .doesNotContain("三鷹")
                .doesNotContain("0422");

        assertThatThrownBy(() -> consultations.publishResults(M, c.id(), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("市の考え方または反映区分が未記入の意見の要旨が2件あります。すべての要旨に市の考え方と反映区分を記入するか、意見を公表しない理由を記録してください。");
        // the first opinion is split into two items, the second answered like the first; the late one is withheld
        List<OpinionItemView> start = items.items(M, c.id());
        assertThat(start).extracting(OpinionItemView::text).containsExactly("講習会を増やしてください。", "講習会を増やしてください。");
        OpinionItemView one = start.getFirst();
        OpinionItemView added = items.add(M, c.id(), one.opinionId(), "夜間の講習会もほしい。");
        items.answer(
                M,
                c.id(),
                one.id(),
                one.version(),
                new ItemAnswer(one.text(), "講習会", "講習会を主な事業に加えました。", "反映する", "講習会を加えました。", null));
        assertThatThrownBy(() -> items.answer(
                        M,
                        c.id(),
                        added.id(),
                        added.version(),
                        new ItemAnswer(added.text(), "講習会", "x", "採用", null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("反映区分「採用」は一覧にありません。一覧から選んでください。");
        items.answer(M, c.id(), added.id(), added.version(), new ItemAnswer(added.text(), "講習会", null, null, null, 1));
        opinions.handle(
                M,
                c.id(),
                received.get(1).id(),
                received.get(1).version(),
                new OpinionHandling(Publication.WITHHELD, "同じ内容のため"));
        consultations.publishResults(M, c.id(), "講習会を加えました。");

        ConsultationResults results = consultations.results(M, c.id());
        assertThat(results.publishedOn()).isEqualTo(today);
        assertThat(results.submitters()).isEqualTo(2);
        assertThat(results.items()).isEqualTo(3);
        assertThat(results.withheldItems()).isEqualTo(1);
        assertThat(results.reflectedItems()).isEqualTo(2);
        assertThat(results.byChannel())
                .containsExactly(new ConsultationResults.ChannelCount(OpinionChannel.POST, 2, 3));
        assertThat(results.byReflection())
                .contains(
                        new ConsultationResults.ReflectionCount("反映する", true, 2),
                        new ConsultationResults.ReflectionCount("反映しない", false, 0));
        assertThat(results.published())
                .extracting(
                        PublishedOpinion::number,
                        PublishedOpinion::text,
                        PublishedOpinion::cityView,
                        PublishedOpinion::sharedNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "講習会を増やしてください。", "講習会を主な事業に加えました。", 0),
                        org.assertj.core.groups.Tuple.tuple(2, "夜間の講習会もほしい。", "講習会を主な事業に加えました。", 1));
        assertThat(results.published().getFirst().planName()).isEqualTo(plan.displayName());
        assertThat(results.toString()).doesNotContain("三鷹 太郎").doesNotContain("0422");
        assertThatThrownBy(() -> recordByPost(c, plan, today))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("結果を公表した案件には意見を追加できません。");
    }

    @Test
    void theReflectionListIsAuditedAndAStaleEditIsRefused() {
        String other = "999998";
        reflections.save(other, 0, List.of(new ReflectionCategory("採用", true)));
        long version = reflections.version(other);
        reflections.save(
                other, version, List.of(new ReflectionCategory("採用", true), new ReflectionCategory("参考", false)));
        assertThatThrownBy(() -> reflections.save(other, version, List.of(new ReflectionCategory("反映", true))))
                .isInstanceOf(jp.hoshin.shared.ConcurrentEditException.class);
        assertThat(reflections.categories(other))
                .extracting(ReflectionCategory::label)
                .containsExactly("採用", "参考");
        assertThat(jdbc.queryForList(
                        "select lines from comment_reflection_list_aud where municipality_code = ? order by rev",
                        String.class,
                        other))
                .containsExactly("＊採用", "＊採用\n参考");
    }

    @Test
    void theMunicipalityKeepsItsOwnListOfReflectionCategories() {
        String other = "999999";
        assertThat(reflections.categories(other)).isEqualTo(ReflectionCategory.DEFAULTS);
        assertThatThrownBy(() -> reflections.save(other, List.of(new ReflectionCategory("参考", false))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("「計画に反映」として数える区分（先頭に＊）を1つ以上入力してください。");
        assertThatThrownBy(() -> reflections.save(
                        other, List.of(new ReflectionCategory("採用", true), new ReflectionCategory("採用", false))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("反映区分「採用」が重複しています。");
        reflections.save(other, List.of(new ReflectionCategory("採用", true), new ReflectionCategory("不採用", false)));
        assertThat(reflections.categories(other))
                .extracting(ReflectionCategory::label)
                .containsExactly("採用", "不採用");
    }

    @Test
    void submittersAreForgottenAfterTheRetentionPeriodAndTheOpinionsStay() {
        IndividualPlanView plan = plan();
        ConsultationView c = closedConsultation(plan, 1);
        recordByPost(
                c, plan, LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN)).minusDays(15));
        assertThat(opinions.forgetExpiredSubmitters()).isPositive();
        assertThat(opinions.opinions(M, c.id(), true)).singleElement().satisfies(o -> {
            assertThat(o.submitter()).isNull();
            assertThat(o.personalDataDeletedAt()).isNotNull();
            assertThat(o.body()).isEqualTo("講習会を増やしてください。");
        });
    }

    @Test
    void theWebFormRefusesAClosedConsultation() {
        IndividualPlanView plan = plan();
        ConsultationView c = closedConsultation(plan, 365);
        OpinionSubmission s =
                new OpinionSubmission(false, new PersonalData("三鷹市", "三鷹 花子", null, "0422-45-1151"), plan.id(), "意見");
        assertThatThrownBy(() -> opinions.submit(M, c.id(), s, "10.9.0.1"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("この意見募集は締め切りました（" + c.period().deadline() + " 必着）。");
    }
}
