package jp.hoshin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.Committees;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.FutureDirection;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.measureevaluation.FirstAssessment;
import jp.hoshin.measureevaluation.MeasureEvaluationReview;
import jp.hoshin.measureevaluation.MeasureEvaluationStage;
import jp.hoshin.measureevaluation.MeasureEvaluationView;
import jp.hoshin.measureevaluation.MeasureEvaluations;
import jp.hoshin.measureevaluation.MeasureReference;
import jp.hoshin.policyplan.PlanMeasures;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PublicCommentFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every staff and public form of Hoshin that takes input (issue 17: forms keep what was typed), against the real app
 * with the demo data, each sent once with an error by the role that uses it: the page shown afterwards (re-rendered at
 * once, or the page the refusal redirects to, read in the same session with its flash) holds every value that was typed
 * in that form's fields and the message next to a field ({@code .error-text}, the field marked {@code aria-invalid}).
 * Password fields are never filled again. Forms whose only input is a file come back with the message at the file input.
 *
 * <p>Covered elsewhere (page-level, same checks): the department plan's content, project and new-project forms
 * ({@code PlanFormsKeepTypedTest}); a project's result ({@code PlanResultPageTest}); the 中間確認 check and checkpoints
 * ({@code MidYearPagesTest}); the plan workbook's upload, its problems at the file input ({@code PlanWorkbookUploadTest});
 * 独自項目 values on plans and projects ({@code PlanExtraFieldsTest}) and on evaluation sheets ({@code SheetExtraFieldsTest},
 * the flash); a department's rename and new department, opening a year, the white paper's revision reason
 * ({@code RedirectedFormsKeepTypedTest}); the 中間確認 send-back ({@code MidYearPagesTest}). Forms without input (publish,
 * submit, finalize, remove, unlock, sign out, read, retry, close, reopen, abolish, announce, withdraw, carry forward,
 * copy from an earlier year) have nothing typed to keep: their refusal is the banner.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class EveryFormKeepsWhatWasTypedTest {

    private static final String M = "132047";
    private static final String STAFF = "/staff/m/" + M;
    private static final int SHEET_YEAR = 2003;
    // a year no other test opens: the tests share one database, and other tests start plans of 2008
    private static final int PLAN_YEAR = 2007;
    private static final String LONG = "あ".repeat(4001);
    private static final String PUBLIC_FORM = "意見募集フォーム";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    IndividualPlans individualPlans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationReview review;

    @Autowired
    jp.hoshin.evaluation.EvaluationSelection selection;

    @Autowired
    MeasureEvaluations measureEvaluations;

    @Autowired
    MeasureEvaluationReview measureReview;

    @Autowired
    PlanMeasures planMeasures;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeReviews committeeReviews;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** What the cases address: made anew in each test's transaction (rolled back afterwards). */
    record Fixture(
            long plan,
            long planVersion,
            long open,
            long closed,
            long candidate,
            long opinion,
            long item,
            long document,
            String sheet,
            String secondSheet,
            String publishedSheet,
            String measure,
            String secondMeasure,
            String publishedMeasure,
            long committeeMeasure,
            long recommendation,
            String submittedPlan,
            long submittedPlanVersion,
            String finalisedPlan,
            long finalisedPlanVersion) {}

    /**
     * One form sent with an error: who sends it, the request, the message expected next to a field, and the values
     * typed that must come back in the form's fields (for a choice {@code name=value}).
     */
    record Case(
            String form,
            String user,
            Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request,
            String message,
            List<String> typed) {
        @Override
        public String toString() {
            return form;
        }
    }

    private Fixture fixture;

    private static Case form(
            String form,
            String user,
            Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request,
            String message,
            String... typed) {
        return new Case(form, user, request, message, Arrays.asList(typed));
    }

    @BeforeEach
    void fixture() {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        PublicCommentFixtures comments = new PublicCommentFixtures(M, consultations, opinions, jdbc);
        IndividualPlanView plan = individualPlans.register(M, PublicCommentFixtures.namedPlan("入力保持の計画"));
        long open = comments.announced(PublicCommentFixtures.consultation("入力保持の意見募集", plan.id(), today.minusDays(1)))
                .id();
        long closed = comments.announced(
                        PublicCommentFixtures.consultation("締め切った意見募集", plan.id(), today.minusDays(60)))
                .id();
        long opinion = comments.paperOpinion(open, plan.id(), today, "紙の意見です。");
        Long item = jdbc.queryForObject("select max(id) from opinion_item where opinion_id = ?", Long.class, opinion);
        long document = individualPlans
                .addDocument(M, plan.id(), new jp.hoshin.publiccomment.DraftUpload("素案", "soan.pdf", pdf()))
                .id();
        plan = individualPlans.plan(M, plan.id());

        // 事務事業評価: one sheet at 一次評価, one at 二次評価, one published
        EvaluationSheetView first =
                evaluations.create(M, SHEET_YEAR, "kikaku", SheetContent.named("入力保持の事業", null), "test");
        EvaluationSheetView second = submitted("二次評価の事業");
        SheetReference ref = new SheetReference(M, SHEET_YEAR, second.number());
        EvaluationSheetView published = submitted("公表済みの事業");
        SheetReference pub = new SheetReference(M, SHEET_YEAR, published.number());
        published = review.recordSecondEvaluation(pub, published.version(), complete(), null, "test");
        published = review.finalizeEvaluation(pub, published.version(), "test");
        review.publish(pub, published.version(), "test");

        // 施策評価 of 2020: three measures at 一次評価, 二次評価 and published
        List<MeasureEvaluationView> fresh = measureEvaluations.list(M, 2020).stream()
                .map(MeasureEvaluations.MeasureRow::evaluation)
                .filter(e -> e.stage() == MeasureEvaluationStage.FIRST)
                .toList();
        var scales = measureEvaluations.scales(M);
        FirstAssessment done = new FirstAssessment(
                scales.progressLevels().getFirst(), "成果と課題", scales.directions().getFirst());
        MeasureReference secondMeasure = fresh.get(1).reference();
        var m2 = measureEvaluations.recordFirstAssessment(
                secondMeasure, fresh.get(1).version(), done);
        measureReview.submitFirstEvaluation(secondMeasure, m2.version(), "test");
        MeasureReference publishedMeasure = fresh.get(2).reference();
        var m3 = measureEvaluations.recordFirstAssessment(
                publishedMeasure, fresh.get(2).version(), done);
        m3 = measureReview.submitFirstEvaluation(publishedMeasure, m3.version(), "test");
        m3 = measureReview.recordSecondReview(
                publishedMeasure,
                m3.version(),
                new jp.hoshin.measureevaluation.SecondReview(
                        scales.progressLevels().getFirst(), null, null, null),
                "test");
        m3 = measureReview.finalizeEvaluation(publishedMeasure, m3.version(), "test");
        measureReview.publish(publishedMeasure, m3.version(), "test");

        // 外部評価委員会 of 2020 with a 提言
        if (committees.find(M, 2020).isEmpty()) {
            committees.establish(M, 2020, "入力保持の委員会");
        }
        long measureId = planMeasures.measures(M).getFirst().id();
        long recommendation =
                committeeReviews.recommend(M, 2017, measureId, "提言の本文", "").id();

        // 運営方針と目標 of another year: one submitted, one finalised
        if (fiscalYears.find(M, PLAN_YEAR).isEmpty()) {
            fiscalYears.open(M, FiscalYear.of(PLAN_YEAR), "test");
        }
        PlanReference kikaku = new PlanReference(M, PLAN_YEAR, "kikaku");
        plans.startDraft(kikaku);
        PlanReference somu = new PlanReference(M, PLAN_YEAR, "somu");
        DepartmentPlanView p = plans.startDraft(somu);
        p = plans.addProject(somu, p.version(), new ProjectContent("事業", null, null, false, List.of(), null));
        p = workflow.submit(somu, p.version(), "test");
        PlanReference kankyo = new PlanReference(M, PLAN_YEAR, "seikatsu-kankyo");
        DepartmentPlanView s = plans.startDraft(kankyo);
        s = plans.addProject(kankyo, s.version(), new ProjectContent("事業", null, null, false, List.of(), null));
        s = workflow.submit(kankyo, s.version(), "test");
        s = workflow.startConsultation(kankyo, s.version(), "test");
        s = workflow.finalizeAfterConsultation(kankyo, s.version(), "test");

        fixture = new Fixture(
                plan.id(),
                plan.version(),
                open,
                closed,
                selection.planCandidates(M, SHEET_YEAR).stream()
                        .filter(c -> !c.selected())
                        .findFirst()
                        .orElseThrow()
                        .projectId(),
                opinion,
                item == null ? 0 : item,
                document,
                STAFF + "/" + SHEET_YEAR + "/evaluations/" + first.number(),
                STAFF + "/" + SHEET_YEAR + "/evaluations/" + second.number(),
                STAFF + "/" + SHEET_YEAR + "/evaluations/" + published.number(),
                measurePage(fresh.get(0).reference()),
                measurePage(secondMeasure),
                measurePage(publishedMeasure),
                measureId,
                recommendation,
                STAFF + "/" + PLAN_YEAR + "/plans/somu",
                p.version(),
                STAFF + "/" + PLAN_YEAR + "/plans/seikatsu-kankyo",
                s.version());
        assertThat(ref.number()).isPositive();
    }

    private EvaluationSheetView submitted(String name) {
        EvaluationSheetView sheet = evaluations.create(M, SHEET_YEAR, "kikaku", SheetContent.named(name, null), "test");
        SheetReference ref = new SheetReference(M, SHEET_YEAR, sheet.number());
        sheet = review.recordFirstAssessment(ref, sheet.version(), complete());
        return review.submitFirstEvaluation(ref, sheet.version(), "test");
    }

    private static Assessment complete() {
        return new Assessment(
                Rating.A, null, Rating.A, null, Rating.A, null, FutureDirection.CONTINUE.label(), null, null);
    }

    private static String measurePage(MeasureReference ref) {
        return STAFF + "/2020/measure-evaluations/" + ref.planKey() + "/" + ref.elementKey();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    Stream<Case> forms() {
        String comments = STAFF + "/comments";
        String sheets = STAFF + "/" + SHEET_YEAR + "/evaluations";
        String committee = STAFF + "/2020/committee";
        return Stream.of(
                // ---- public ----
                form(
                        PUBLIC_FORM + "（意見なし）",
                        "",
                        f -> post("/m/" + M + "/comments/" + f.open() + "/opinion")
                                .param("submitterType", "individual")
                                .param("name", "三鷹太郎")
                                .param("address", "下連雀九丁目")
                                .param("phone", "0422-00-0000")
                                .param("planId", String.valueOf(f.plan())),
                        "ご意見を入力してください。",
                        "三鷹太郎",
                        "下連雀九丁目",
                        "0422-00-0000"),
                form(
                        "職員サインイン（パスワードの誤り）",
                        "",
                        f -> post("/login")
                                .param("username", "no-such-user-typed")
                                .param("password", "not-the-password"),
                        "正しくない",
                        "no-such-user-typed"),
                // ---- パブリックコメント (staff) ----
                form(
                        "意見募集の作成（件名なし）",
                        "mitaka-kikaku",
                        f -> post(comments)
                                .param("departmentCode", "kikaku")
                                .param("summary", "概要の下書き")
                                .param("startsOn", "令和9年4月1日")
                                .param("eligibility", "市内在住の方")
                                .param("planIds", String.valueOf(f.plan())),
                        "件名を入力してください。",
                        "概要の下書き",
                        "令和9年4月1日",
                        "市内在住の方"),
                form(
                        "個別計画の登録（計画名なし）",
                        "mitaka-kikaku",
                        f -> post(comments + "/plans")
                                .param("departmentCode", "kikaku")
                                .param("section", "緑と公園課")
                                .param("purpose", "目的の下書き"),
                        "計画名を入力してください。",
                        "緑と公園課",
                        "目的の下書き"),
                form(
                        "個別計画の編集（計画名なし）",
                        "mitaka-kikaku",
                        f -> post(comments + "/plans/" + f.plan())
                                .param("version", String.valueOf(f.planVersion()))
                                .param("departmentCode", "kikaku")
                                .param("period", "令和7年度から5年間"),
                        "計画名を入力してください。",
                        "令和7年度から5年間"),
                form(
                        "資料の登録（ファイルなし）",
                        "mitaka-kikaku",
                        f -> multipart(comments + "/plans/" + f.plan() + "/documents")
                                .param("title", "素案の概要版"),
                        "ファイルを選んでください。",
                        "素案の概要版"),
                form(
                        "資料の差し替え（ファイルなし）",
                        "mitaka-kikaku",
                        f -> multipart(comments + "/plans/" + f.plan() + "/documents/" + f.document() + "/replace")
                                .param("version", "0")
                                .param("title", "素案（修正版）"),
                        "ファイルを選んでください。",
                        "素案（修正版）"),
                form(
                        "紙の意見の記録（受付日の誤り）",
                        "mitaka-kikaku",
                        f -> post(comments + "/" + f.open() + "/opinions")
                                .param("channel", "POST")
                                .param("receivedOn", "先週")
                                .param("opinion", "郵送の意見の本文")
                                .param("name", "郵送太郎"),
                        "受付日を日付で入力してください",
                        "先週",
                        "郵送の意見の本文",
                        "郵送太郎"),
                form(
                        "公表の方法（長すぎる理由）",
                        "mitaka-kikaku",
                        f -> post(comments + "/" + f.open() + "/opinions/" + f.opinion())
                                .param("version", "0")
                                .param("publication", "WITHHELD")
                                .param("withheldReason", LONG),
                        "文字以内で入力",
                        LONG),
                form(
                        "要旨の追加（長すぎる）",
                        "mitaka-kikaku",
                        f -> post(comments + "/" + f.open() + "/opinions/" + f.opinion() + "/items")
                                .param("text", LONG + "い"),
                        "文字以内で入力",
                        LONG + "い"),
                form(
                        "要旨と市の考え方（知らない反映区分）",
                        "mitaka-kikaku",
                        f -> post(comments + "/" + f.open() + "/items/" + f.item())
                                .param("version", "0")
                                .param("text", "要旨の書き直し")
                                .param("topic", "論点の下書き")
                                .param("cityView", "市の考え方の下書き")
                                .param("reflection", "どれでもない区分")
                                .param("changeNote", "修正の下書き"),
                        "どれでもない区分",
                        "要旨の書き直し",
                        "論点の下書き",
                        "市の考え方の下書き",
                        "修正の下書き"),
                form(
                        "結果の公表（募集期間中）",
                        "mitaka-kikaku",
                        f -> post(comments + "/" + f.closed() + "/publish").param("changes", LONG + "変更点"),
                        "文字以内で入力",
                        LONG + "変更点"),
                form(
                        "反映区分の一覧（反映として数える区分なし）",
                        "mitaka-admin",
                        f -> post(comments + "/reflections").param("lines", "参考にする\n反映しない"),
                        "「計画に反映」として数える区分",
                        "参考にする\n反映しない"),
                form("過去の結果の取り込み（ファイルなし）", "mitaka-admin", f -> multipart(comments + "/archive"), "ファイル"),
                // ---- 事務事業評価 ----
                form(
                        "評価シートの作成（ない部）",
                        "mitaka-admin",
                        f -> post(sheets)
                                .param("departmentCode", "no-such-department")
                                .param("name", "新しい事業")
                                .param("sectionName", "どこかの課"),
                        "",
                        "新しい事業",
                        "どこかの課"),
                form(
                        "個別事業から選ぶ（計画にない事業を含む）",
                        "mitaka-admin",
                        f -> post(sheets + "/select").param("project", String.valueOf(f.candidate()), "999999999"),
                        "にありません",
                        "project={candidate}"),
                form(
                        "評価シートの編集（数値でない指標値）",
                        "mitaka-kikaku",
                        f -> post(f.sheet())
                                .param("version", "0")
                                .param("name", "入力保持の事業（改）")
                                .param("intent", "意図の下書き")
                                .param("startYear", "むかし"),
                        "",
                        "入力保持の事業（改）",
                        "意図の下書き",
                        "むかし"),
                form(
                        "一次評価（長すぎる理由）",
                        "mitaka-kikaku",
                        f -> post(f.sheet() + "/first")
                                .param("version", "0")
                                .param("relevance", "A")
                                .param("relevanceReason", LONG)
                                .param("improvement", "改善の下書き")
                                .param("comment", "所見の下書き"),
                        "文字以内で入力",
                        "relevance=A",
                        "改善の下書き",
                        "所見の下書き"),
                form(
                        "二次評価（長すぎる所見）",
                        "mitaka-admin",
                        f -> post(f.secondSheet() + "/second")
                                .param("version", "0")
                                .param("efficiency", "B")
                                .param("improvement", "改善の下書き")
                                .param("comment", LONG)
                                .param("externalComment", "外部の意見の下書き"),
                        "文字以内で入力",
                        "efficiency=B",
                        "改善の下書き",
                        "外部の意見の下書き"),
                form(
                        "事務事業評価の差し戻し（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.secondSheet() + "/send-back")
                                .param("version", "0")
                                .param("comment", LONG),
                        "文字以内で入力",
                        LONG),
                form(
                        "事務事業評価の改訂（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.publishedSheet() + "/revise")
                                .param("version", "0")
                                .param("comment", LONG),
                        "文字以内で入力",
                        LONG),
                form(
                        "人件費単価（金額でない）",
                        "mitaka-admin",
                        f -> post(sheets + "/labor-cost").param("yen", "八百万円くらい"),
                        "人件費単価は",
                        "八百万円くらい"),
                form("評価シートの取り込み（ファイルなし）", "mitaka-admin", f -> multipart(sheets + "/workbook"), "ファイル"),
                form(
                        "評価シートの様式（方向性なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/evaluation-settings")
                                .param("version", "0")
                                .param("columns[0].offset", "-1")
                                .param("columns[0].kind", "")
                                .param("directions", ""),
                        "",
                        "columns[0].offset=-1"),
                // ---- 施策評価 ----
                form(
                        "施策評価の一次評価（長すぎる成果と課題）",
                        "mitaka-kikaku",
                        f -> post(f.measure() + "/first").param("version", "0").param("resultsAndIssues", LONG + "成果"),
                        "文字以内で入力",
                        LONG + "成果"),
                form(
                        "施策評価の二次評価（数値でない重要度）",
                        "mitaka-admin",
                        f -> post(f.secondMeasure() + "/second")
                                .param("version", "0")
                                .param("comment", "二次の所見の下書き")
                                .param("importance", "とても高い"),
                        "",
                        "二次の所見の下書き",
                        "とても高い"),
                form(
                        "施策評価の差し戻し（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.secondMeasure() + "/send-back")
                                .param("version", "0")
                                .param("comment", LONG),
                        "文字以内で入力",
                        LONG),
                form(
                        "施策評価の改訂（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.publishedMeasure() + "/revise")
                                .param("version", "0")
                                .param("comment", LONG),
                        "文字以内で入力",
                        LONG),
                form(
                        "施策評価の尺度（進捗なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/measure-evaluation-settings")
                                .param("version", "0")
                                .param("progressLevels", "")
                                .param("directions", "拡充\n継続"),
                        "",
                        "拡充\n継続"),
                form(
                        "施策評価の取り込み（ファイルなし）",
                        "mitaka-admin",
                        f -> multipart(STAFF + "/2020/measure-evaluations/workbook"),
                        "ファイル"),
                // ---- 外部評価委員会 ----
                form(
                        "委員会の名称（長すぎる）",
                        "mitaka-admin",
                        f -> post(committee).param("version", "0").param("committeeName", LONG),
                        "",
                        LONG),
                form(
                        "委員の追加（役職なし）",
                        "mitaka-admin",
                        f -> post(committee + "/members")
                                .param("name", "委員 花子")
                                .param("affiliation", "三鷹大学")
                                .param("namePublished", "true"),
                        "",
                        "委員 花子",
                        "三鷹大学"),
                form(
                        "会議の追加（日付の誤り）",
                        "mitaka-admin",
                        f -> post(committee + "/meetings")
                                .param("number", "1")
                                .param("heldOn", "来月")
                                .param("agenda", "議題の下書き")
                                .param("minutes", "議事録の下書き"),
                        "",
                        "来月",
                        "議題の下書き",
                        "議事録の下書き"),
                form(
                        "会議の追加（PDFでない議事録）",
                        "mitaka-admin",
                        f -> multipart(committee + "/meetings")
                                .file(new MockMultipartFile("file", "minutes.txt", "text/plain", new byte[] {1, 2, 3}))
                                .param("number", "7")
                                .param("heldOn", "2020-05-01")
                                .param("agenda", "第7回の議題"),
                        "",
                        "第7回の議題"),
                form(
                        "提言の追加（本文なし）",
                        "mitaka-admin",
                        f -> post(committee + "/measures/" + f.committeeMeasure() + "/recommendations")
                                .param("answer", "対応の下書き"),
                        "",
                        "対応の下書き"),
                form(
                        "提言の編集（本文なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/2017/committee/recommendations/" + f.recommendation())
                                .param("version", "0")
                                .param("text", "")
                                .param("answer", "対応の書き直し"),
                        "",
                        "対応の書き直し"),
                form(
                        "提言の対応状況（状況なし）",
                        "mitaka-admin",
                        f -> post(committee + "/recommendations/" + f.recommendation() + "/follow-up")
                                .param("version", "0")
                                .param("note", "対応状況の下書き"),
                        "",
                        "対応状況の下書き"),
                form(
                        "委員会の評価の尺度（重複）",
                        "mitaka-admin",
                        f -> post(STAFF + "/committee/ratings")
                                .param("version", "0")
                                .param("lines", "Ａ\nＡ\nＢ"),
                        "",
                        "Ａ\nＡ\nＢ"),
                // ---- 運営方針と目標 ----
                form(
                        "運営方針と目標の差し戻し（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.submittedPlan() + "/send-back")
                                .param("version", String.valueOf(f.submittedPlanVersion()))
                                .param("comment", LONG),
                        "",
                        LONG),
                form(
                        "運営方針と目標の協議コメント（長すぎる）",
                        "mitaka-review",
                        f -> post(f.submittedPlan() + "/comments").param("comment", LONG),
                        "",
                        LONG),
                form(
                        "運営方針と目標の改訂（長すぎる理由）",
                        "mitaka-admin",
                        f -> post(f.finalisedPlan() + "/revise")
                                .param("version", String.valueOf(f.finalisedPlanVersion()))
                                .param("reason", LONG),
                        "",
                        LONG),
                form(
                        "結果の区分（空）",
                        "mitaka-admin",
                        f -> post(STAFF + "/plan-settings/result-scale")
                                .param("version", "0")
                                .param("label", "", "遅れ"),
                        "",
                        "遅れ"),
                form(
                        "公表の名称（長すぎる）",
                        "mitaka-admin",
                        f -> post(STAFF + "/plan-settings/names")
                                .param("version", "0")
                                .param("plans", "い".repeat(41))
                                .param("results", "結果の名称"),
                        "",
                        "結果の名称"),
                form(
                        "中間確認の尺度（空）",
                        "mitaka-admin",
                        f -> post(STAFF + "/" + PLAN_YEAR + "/midyear/scale")
                                .param("version", "0")
                                .param("label", "", "遅れ気味"),
                        "",
                        "遅れ気味"),
                form(
                        "部の記述（数でない職員数）",
                        "mitaka-admin",
                        f -> post(STAFF + "/" + SHEET_YEAR + "/departments/kikaku")
                                .param("version", "0")
                                .param("headName", "部長 花子")
                                .param("mission", "使命の下書き")
                                .param("staffCount", "おおぜい")
                                .param("sections", "企画経営課\n財政課"),
                        "",
                        "部長 花子",
                        "使命の下書き",
                        "おおぜい",
                        "企画経営課\n財政課"),
                form(
                        "部の統合（統合する部なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/" + SHEET_YEAR + "/departments/kikaku/merge")
                                .param("version", "0")
                                .param("newName", "統合後の部"),
                        "",
                        "統合後の部"),
                form(
                        "部の分割（コードの誤り）",
                        "mitaka-admin",
                        f -> post(STAFF + "/" + SHEET_YEAR + "/departments/kikaku/split")
                                .param("version", "0")
                                .param("newCode", "？？")
                                .param("newName", "分かれた部"),
                        "",
                        "？？",
                        "分かれた部"),
                form("計画データの取り込み（ファイルなし）", "mitaka-admin", f -> multipart(STAFF + "/policy/import"), "ファイル"),
                // ---- その他の設定 ----
                form(
                        "自治体の追加（コードの誤り）",
                        "admin",
                        f -> post("/staff/municipalities")
                                .param("code", "123")
                                .param("name", "入力保持村")
                                .param("nameKana", "にゅうりょくほじむら")
                                .param("prefecture", "東京都"),
                        "",
                        "入力保持村",
                        "にゅうりょくほじむら"),
                form(
                        "自治体の設定（名称なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/settings")
                                .param("version", "0")
                                .param("name", "")
                                .param("nameKana", "みたかし")
                                .param("prefecture", "東京都")
                                .param("publicNote", "お知らせの下書き"),
                        "",
                        "みたかし",
                        "お知らせの下書き"),
                form(
                        "公開ページの表示（色の誤り）",
                        "mitaka-admin",
                        f -> multipart(STAFF + "/settings/branding")
                                .param("version", "0")
                                .param("accentColour", "むらさき"),
                        "",
                        "むらさき"),
                form(
                        "職員の追加（弱いパスワード）",
                        "mitaka-admin",
                        f -> post(STAFF + "/accounts")
                                .param("username", "mitaka-new")
                                .param("displayName", "新しい職員")
                                .param("email", "new@example.jp")
                                .param("role", "VIEWER")
                                .param("password", "password")
                                .param("enabled", "true"),
                        "",
                        "mitaka-new",
                        "新しい職員",
                        "new@example.jp"),
                form(
                        "職員のパスワード再設定（弱い）",
                        "mitaka-admin",
                        f -> post(STAFF + "/accounts/" + account("mitaka-viewer") + "/password")
                                .param("newPassword", "password"),
                        ""),
                form(
                        "自分のパスワード変更（現在のパスワードの誤り）",
                        "mitaka-viewer",
                        f -> post("/staff/password")
                                .param("currentPassword", "wrong-password")
                                .param("newPassword", "a-long-enough-passphrase-42")
                                .param("confirmPassword", "a-long-enough-passphrase-42"),
                        ""),
                form(
                        "独自項目の定義（項目名なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/custom-fields")
                                .param("version", "0")
                                .param("target", "PLAN")
                                .param("label", "")
                                .param("kind", "CHOICE")
                                .param("options", "はい\nいいえ")
                                .param("position", "3")
                                .param("maxLength", ""),
                        "",
                        "はい\nいいえ",
                        "kind=CHOICE"),
                form(
                        "施策の判定区分（数でない基準）",
                        "mitaka-admin",
                        f -> post(STAFF + "/policy/" + policyPlan() + "/judgement")
                                .param("version", "0")
                                .param("onTrackPercent", "ほぼ全部")
                                .param("bands", "順調 / 遅れ"),
                        "",
                        "ほぼ全部",
                        "順調 / 遅れ"),
                form(
                        "施策の取組状況（空）",
                        "mitaka-admin",
                        f -> post(STAFF + "/policy/kihon-keikaku-4/K1-1/progress/2020")
                                .param("version", "0")
                                .param("body", "　"),
                        "入力してください"),
                form(
                        "年間スケジュール（日付の誤り）",
                        "mitaka-admin",
                        f -> post(STAFF + "/" + PLAN_YEAR + "/schedule")
                                .param("version", "-1")
                                .param("lines[0].step", "PLAN_SUBMIT")
                                .param("lines[0].perDepartment", "false")
                                .param("lines[0].due", "そのうち"),
                        "",
                        "そのうち"),
                form(
                        "白書の編集（題名なし）",
                        "mitaka-admin",
                        f -> post(STAFF + "/2020/white-paper")
                                .param("version", "0")
                                .param("title", "")
                                .param("subtitle", "副題の下書き")
                                .param("foreword", "はじめにの下書き"),
                        "",
                        "副題の下書き",
                        "はじめにの下書き"));
    }

    private long account(String username) {
        return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
    }

    private String policyPlan() {
        return jdbc.queryForObject(
                "select p.plan_key from policy_plan p join municipality m on m.id = p.municipality_id"
                        + " where m.code = ? and p.kind = 'BASIC_PLAN' order by p.id limit 1",
                String.class,
                M);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aRefusedFormComesBackWithWhatWasTypedAndTheMessageNextToTheField(Case c, CapturedOutput log) throws Exception {
        Document page = refusedThenShown(c);
        if (c.form().startsWith(PUBLIC_FORM)) {
            // the submitter's own details come back on their own response only: never in the log
            for (String typed : c.typed()) {
                assertThat(log.getAll()).as(c.form() + ": the log").doesNotContain(typed);
            }
        }
        String values = fieldValues(page);
        String shown = " (page: " + page.select("h1").text() + " / "
                + page.select("[role=alert]").text() + ")";
        for (String typed : c.typed()) {
            typed = typed.replace("{candidate}", String.valueOf(fixture.candidate()));
            assertThat(values)
                    .as(c.form() + ": the field holds what was typed" + shown)
                    .contains(typed);
        }
        String nextToFields = messagesAtFields(page);
        assertThat(nextToFields)
                .as(c.form() + ": a message next to the field" + shown + page.select("input[type=file]"))
                .isNotBlank();
        assertThat(nextToFields)
                .as(c.form() + ": the message next to the field")
                .contains(c.message());
        assertThat(page.select("[aria-invalid=true]"))
                .as(c.form() + ": the field is marked invalid")
                .isNotEmpty();
        // a password is never sent back to the browser
        for (Element password : page.select("input[type=password]")) {
            assertThat(password.val()).as(c.form() + ": password field").isEmpty();
        }
    }

    /** Sends the form; returns the page shown afterwards (at once, or after the redirect in the same session). */
    private Document refusedThenShown(Case c) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request =
                c.request().apply(fixture).with(csrf());
        if (!c.user().isEmpty()) {
            request = request.with(StaffUsers.as(signIns, c.user()));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(c.form().startsWith(PUBLIC_FORM) && status / 100 == 3)
                .as(c.form() + ": shown again at once, nothing kept in a session")
                .isFalse();
        if (status / 100 != 3) {
            assertThat(status).as(c.form() + ": status").isIn(200, 400, 409, 422);
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as(c.form()).isNotNull();
        var follow = get(target.replaceAll("#.*$", ""));
        if (result.getFlashMap() != null && !result.getFlashMap().isEmpty()) {
            follow = follow.flashAttrs(result.getFlashMap());
        }
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session != null) {
            follow = follow.cookie(session);
        }
        if (!c.user().isEmpty()) {
            follow = follow.with(StaffUsers.as(signIns, c.user()));
        }
        MvcResult shown = mvc.perform(follow).andReturn();
        assertThat(shown.getResponse().getStatus()).as(c.form() + ": the page").isEqualTo(200);
        return Jsoup.parse(shown.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The messages next to fields, and those an invalid field points at (aria-describedby). */
    private static String messagesAtFields(Document page) {
        List<String> messages = new ArrayList<>();
        messages.add(page.select(".error-text").text());
        for (Element field : page.select("[aria-invalid=true]")) {
            for (String id : field.attr("aria-describedby").split("\\s+")) {
                if (!id.isBlank() && page.getElementById(id) != null) {
                    messages.add(page.getElementById(id).text());
                }
            }
        }
        return String.join("\n", messages).strip();
    }

    /** What the page's fields hold: text as it is, a ticked box or chosen option as name=value. */
    private static String fieldValues(Document page) {
        List<String> values = new ArrayList<>();
        for (Element e : page.select("input, textarea, select")) {
            String type = e.attr("type");
            if (e.tagName().equals("select")) {
                for (Element o : e.select("option[selected]")) {
                    values.add(e.attr("name") + "=" + o.val());
                }
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (e.hasAttr("checked")) {
                    values.add(e.attr("name") + "=" + e.val());
                }
            } else if (!type.equals("hidden")) {
                values.add(e.val());
            }
        }
        return String.join("\n", values);
    }
}
