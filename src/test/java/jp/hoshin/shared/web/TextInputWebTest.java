package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jp.hoshin.StaffUsers;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.organization.Organization;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PublicCommentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL or another control character in a form or the API (HTTP 500 and the citizen's text lost before), text beyond
 * the limits (一次評価 took 150,000 characters) and bidirectional overrides, through the real pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TextInputWebTest {

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
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Organization organization;

    private long openConsultation() {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        IndividualPlanView plan = plans.register(M, PublicCommentFixtures.detailedPlan("入力テスト計画" + UUID.randomUUID()));
        var c = new PublicCommentFixtures(M, consultations, opinions, jdbc)
                .announced(PublicCommentFixtures.detailedConsultation("入力テスト", plan.id(), today.minusDays(1)));
        return c.id();
    }

    private int opinions(long consultation) {
        Integer n = jdbc.queryForObject(
                "select count(*) from opinion where consultation_id = ?", Integer.class, consultation);
        return n == null ? 0 : n;
    }

    @Test
    void aNulInTheOpinionFormComesBackWithAMessageAndTheTextKept() throws Exception {
        long id = openConsultation();
        String html = mvc.perform(post("/m/" + M + "/comments/" + id + "/opinion")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.9.0.1");
                            return r;
                        })
                        .param("submitterType", "individual")
                        .param("address", "三鷹市野崎1-1-1")
                        .param("name", "三鷹 花子")
                        .param("phone", "0422-45-1151")
                        .param("opinion", "歩道を\u0000広くしてください。\n二行目もあります。"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("使えない制御文字（NUL など）が含まれています。", "歩道を広くしてください。\n二行目もあります。", "三鷹 花子")
                .doesNotContain("\u0000", "ご意見を入力してください。");
        assertThat(opinions(id)).isZero();
    }

    @Test
    void aNulInAPlainParameterIsAJapanese400() throws Exception {
        String html = mvc.perform(post("/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", "-1")
                        .param("body", "取組\u0000状況"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("使えない制御文字").doesNotContain("Exception");
    }

    @Test
    void theApiRefusesControlCharactersAndLongTextInJapaneseAndDropsBidiOverrides() throws Exception {
        String url = "/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku";
        String nul = mvc.perform(put(url).with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version":0,"head":{"name":"テスト\\u0000太郎","nameKana":"てすと たろう"},"basicPolicy":null,"work":null,
                         "missionHeadline":null,"mission":null,"resources":{"staffCount":10,"budgetYen":1000},"sections":["企画経営課"]}
                        """))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(nul).contains("\"status\":400", "「name」に使えない制御文字");
        String longText = mvc.perform(put(url).with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version":0,"head":{"name":"テスト 太郎","nameKana":"てすと たろう"},"basicPolicy":"%s","work":null,
                         "missionHeadline":null,"mission":null,"resources":{"staffCount":10,"budgetYen":1000},"sections":["企画経営課"]}
                        """.formatted("あ".repeat(20_001))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(longText).contains("「basicPolicy」は20,000文字以内で入力してください（現在20,001文字）。");
    }

    @Test
    void aFirstAssessmentOf150000CharactersIsRefusedWithTheLimit() throws Exception {
        fiscalYears.open(M, FiscalYear.of(2004), "test");
        var sheet = evaluations.create(M, 2004, "kikaku", SheetContent.named("長文テスト", null), "test");
        mvc.perform(post("/staff/m/132047/2004/evaluations/" + sheet.number() + "/first")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(sheet.version()))
                        .param("comment", "あ".repeat(150_000)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "所見は4,000文字以内で入力してください（現在150,000文字）。"));
        assertThat(evaluations
                        .get(new SheetReference(M, 2004, sheet.number()))
                        .first()
                        .comment())
                .isNull();
    }

    @Test
    void theEvaluationSheetFormBoundByFieldsShowsTheMessageNextToTheField() throws Exception {
        fiscalYears.open(M, FiscalYear.of(2004), "test");
        var sheet = evaluations.create(M, 2004, "kikaku", SheetContent.named("制御文字テスト", null), "test");
        String url = "/staff/m/132047/2004/evaluations/" + sheet.number();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk());
        String html = mvc.perform(post(url)
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", String.valueOf(sheet.version()))
                        .param("name", "制御文字テスト")
                        .param("target", "市民\u0000全体"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("使えない制御文字", "市民全体");
    }
}
