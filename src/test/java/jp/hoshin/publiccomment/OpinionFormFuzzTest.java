package jp.hoshin.publiccomment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.hoshin.shared.Fuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fuzzing of the public opinion form through HTTP: 300 submissions with generated text in every field ({@link Fuzz}:
 * control characters, bidirectional overrides, formula-like text, 20,001 characters, any Unicode). Each is answered with
 * the receipt (one opinion stored) or the form with messages (nothing stored) — never an HTTP 500, never half a record.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpinionFormFuzzTest {

    @Autowired
    MockMvc mvc;

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

    @Test
    void everySubmissionIsStoredWholeOrRefusedWithMessages() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        IndividualPlanView plan =
                plans.register("132047", PublicCommentFixtures.detailedPlan("ファズ計画" + UUID.randomUUID()));
        ConsultationView c = new PublicCommentFixtures("132047", consultations, opinions, jdbc)
                .announced(PublicCommentFixtures.detailedConsultation("ファズ意見募集", plan.id(), today.minusDays(1)));
        int[] stored = {0};
        int cases =
                Fuzz.run("OpinionFormFuzzTest.everySubmissionIsStoredWholeOrRefusedWithMessages", 300, (fuzz, i) -> {
                    List<String> f = fuzz.list(
                            6,
                            6,
                            () -> fuzz.either(fuzz::text, () -> fuzz.oneOf("三鷹市野崎1-1-1", "三鷹 花子", "0422-45-1151")));
                    int before = count(c.id());
                    int n = i + 1;
                    int status = mvc.perform(post("/m/132047/comments/" + c.id() + "/opinion")
                                    .with(csrf())
                                    .with(r -> {
                                        r.setRemoteAddr("10.77." + (n / 250) + "." + (n % 250));
                                        return r;
                                    })
                                    .param("submitterType", f.get(0).length() % 2 == 0 ? "individual" : "group")
                                    .param("address", f.get(1))
                                    .param("name", f.get(2))
                                    .param("representative", f.get(3))
                                    .param("phone", f.get(4))
                                    .param("planId", String.valueOf(plan.id()))
                                    .param("opinion", f.get(5)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(status).as("status for " + f).isIn(302, 303, 422);
                    int after = count(c.id());
                    assertThat(after - before).as("opinions stored for " + f).isEqualTo(status == 422 ? 0 : 1);
                    stored[0] += after - before;
                });
        if (Fuzz.allCases()) {
            assertThat(stored[0]).isLessThan(cases);
        }
        jdbc.update("delete from opinion where consultation_id = ?", c.id());
    }

    private int count(long consultation) {
        Integer n = jdbc.queryForObject(
                "select count(*) from opinion where consultation_id = ?", Integer.class, consultation);
        return n == null ? 0 : n;
    }
}
