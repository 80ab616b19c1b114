package jp.hoshin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PublicCommentFixtures;
import jp.hoshin.shared.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every staff and public form of the public-comment pages and the evaluation assessments, against the real app with the
 * demo data and signed in in the role that uses it: each is submitted once with an error, and the page that comes back
 * (shown again at once, or after the redirect with its flash) holds the message and every value that was typed, and
 * nothing was saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormsKeepWhatWasTypedTest {

    private static final String M = "132047";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    IndividualPlans plans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    Evaluations evaluations;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private IndividualPlanView plan;
    private long open;
    private long opinion;
    private String marker;

    /** A form, the user who sends it, what it sends with one error, and what the page must show afterwards. */
    record Case(String form, String user, AbstractMockHttpServletRequestBuilder<?> request, List<String> shown) {}

    @BeforeEach
    void anOpenConsultationWithAnOpinion() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        PublicCommentFixtures comments = new PublicCommentFixtures(M, consultations, opinions, jdbc);
        plan = plans.register(M, PublicCommentFixtures.namedPlan("入力保持テスト計画" + marker));
        open = comments.announced(PublicCommentFixtures.consultation("入力保持テスト", plan.id(), today.minusDays(1)))
                .id();
        opinion = comments.paperOpinion(open, plan.id(), today, "紙の意見です。");
    }

    private Stream<Case> cases() {
        String staff = "/staff/m/" + M + "/comments";
        long year = 2003;
        try {
            fiscalYears.open(M, FiscalYear.of((int) year), "test");
        } catch (BusinessRuleException e) {
            // opened by an earlier test
        }
        var sheet = evaluations.create(M, (int) year, "kikaku", SheetContent.named("入力保持" + marker, null), "test");
        String sheetUrl = "/staff/m/" + M + "/" + year + "/evaluations/" + sheet.number();
        return Stream.of(
                new Case(
                        "意見募集の作成（件名なし）",
                        "mitaka-kikaku",
                        post(staff)
                                .param("departmentCode", "kikaku")
                                .param("summary", "概要" + marker)
                                .param("startsOn", "令和9年4月1日")
                                .param("eligibility", "市内在住の方" + marker)
                                .param("planIds", String.valueOf(plan.id())),
                        List.of("件名を入力してください。", "概要" + marker, "令和9年4月1日", "市内在住の方" + marker)),
                new Case(
                        "個別計画の登録（計画名なし）",
                        "mitaka-kikaku",
                        post(staff + "/plans")
                                .param("departmentCode", "kikaku")
                                .param("section", "課" + marker)
                                .param("purpose", "目的" + marker),
                        List.of("計画名を入力してください。", "課" + marker, "目的" + marker)),
                new Case(
                        "個別計画の編集（計画名なし）",
                        "mitaka-kikaku",
                        post(staff + "/plans/" + plan.id())
                                .param("version", String.valueOf(plan.version()))
                                .param("departmentCode", "kikaku")
                                .param("period", "期間" + marker),
                        List.of("計画名を入力してください。", "期間" + marker)),
                new Case(
                        "意見募集フォーム（意見なし）",
                        "",
                        post("/m/" + M + "/comments/" + open + "/opinion")
                                .param("submitterType", "individual")
                                .param("name", "三鷹" + marker)
                                .param("address", "下連雀" + marker)
                                .param("phone", "0422-00-0000")
                                .param("planId", String.valueOf(plan.id())),
                        List.of("ご意見を入力してください。", "三鷹" + marker, "下連雀" + marker)),
                new Case(
                        "紙の意見の記録（受付日の誤り）",
                        "mitaka-kikaku",
                        post(staff + "/" + open + "/opinions")
                                .param("channel", "POST")
                                .param("receivedOn", "先週")
                                .param("opinion", "郵送の意見" + marker),
                        List.of("受付日を日付で入力してください", "先週", "郵送の意見" + marker)),
                new Case(
                        "公表の方法（理由なしで公表しない）",
                        "mitaka-kikaku",
                        post(staff + "/" + open + "/opinions/" + opinion)
                                .param("version", "0")
                                .param("publication", "WITHHELD")
                                .param("withheldReason", "あ".repeat(1001) + marker),
                        List.of("1000文字以内", marker)),
                new Case(
                        "要旨の追加（空）",
                        "mitaka-kikaku",
                        post(staff + "/" + open + "/opinions/" + opinion + "/items")
                                .param("text", "   "),
                        List.of("意見の要旨を入力してください。")),
                new Case(
                        "資料の登録（ファイルなし）",
                        "mitaka-kikaku",
                        multipart(staff + "/plans/" + plan.id() + "/documents").param("title", "資料" + marker),
                        List.of("ファイルを選んでください。", "資料" + marker)),
                new Case(
                        "結果の公表（募集期間中）",
                        "mitaka-kikaku",
                        post(staff + "/" + open + "/publish").param("changes", "変更点" + marker),
                        List.of("変更点" + marker)),
                new Case(
                        "反映区分の一覧（反映として数える区分なし）",
                        "mitaka-admin",
                        post(staff + "/reflections").param("lines", "参考" + marker),
                        List.of("「計画に反映」として数える区分", "参考" + marker)),
                new Case(
                        "一次評価（古い版）",
                        "mitaka-kikaku",
                        post(sheetUrl + "/first")
                                .param("version", "99")
                                .param("relevance", "A")
                                .param("relevanceReason", "妥当" + marker)
                                .param("comment", "所見" + marker),
                        List.of("妥当" + marker, "所見" + marker)),
                new Case(
                        "二次評価（古い版）",
                        "mitaka-admin",
                        post(sheetUrl + "/second")
                                .param("version", "99")
                                .param("improvement", "改善" + marker)
                                .param("externalComment", "外部" + marker),
                        List.of("改善" + marker, "外部" + marker)));
    }

    @Test
    void everyFormSubmittedWithAnErrorComesBackWithItsMessageAndWhatWasTyped() throws Exception {
        long plansBefore = count("individual_plan");
        long consultationsBefore = count("consultation");
        long opinionsBefore = count("opinion");
        for (Case c : cases().toList()) {
            AbstractMockHttpServletRequestBuilder<?> request = c.request().with(csrf());
            if (!c.user().isEmpty()) {
                request = request.with(StaffUsers.as(signIns, c.user()));
            }
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            String page;
            if (status / 100 == 3) {
                String target = result.getResponse().getRedirectedUrl();
                assertThat(target).as(c.form()).isNotNull();
                var follow = get(target.replaceAll("#.*$", ""))
                        .flashAttrs(result.getFlashMap())
                        .cookie(result.getResponse().getCookies());
                if (!c.user().isEmpty()) {
                    follow = follow.with(StaffUsers.as(signIns, c.user()));
                }
                mvc.perform(follow).andExpect(status().isOk());
                // what the redirected page is given back (the flash; the page shows it in its fields)
                page = flashText(result.getFlashMap());
            } else {
                assertThat(status).as(c.form()).isIn(409, 422);
                page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            }
            for (String shown : c.shown()) {
                assertThat(page).as(c.form() + " shows " + shown).contains(shown);
            }
        }
        assertThat(count("individual_plan")).isEqualTo(plansBefore);
        assertThat(count("consultation")).isEqualTo(consultationsBefore);
        assertThat(count("opinion")).isEqualTo(opinionsBefore);
    }

    /** The flash attributes as text, records by their components (some hide what was typed from their toString). */
    private static String flashText(java.util.Map<String, Object> flash) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Object value : flash.values()) {
            if (value != null && value.getClass().isRecord()) {
                for (var component : value.getClass().getRecordComponents()) {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    text.append(accessor.invoke(value)).append('\n');
                }
            } else {
                text.append(value).append('\n');
            }
        }
        return text.toString();
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
