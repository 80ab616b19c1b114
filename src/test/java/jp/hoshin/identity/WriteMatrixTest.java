package jp.hoshin.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import jp.hoshin.StaffUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every write of every module tried by another municipality's administrator, by each role that may not make it, by an
 * anonymous visitor and without a CSRF token — and checked on the data, not only the status: a refused write leaves
 * every domain table exactly as it was (a checksum of their rows), an allowed one (a sample per module) changes them.
 * Complements {@link AccessMatrixTest}; same demo data and set-up, rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WriteMatrixTest {

    private static final String DEPT = "/staff/m/132047/2020/departments/kikaku";
    private static final String PLAN = "/staff/m/132047/2004/plans/kikaku";
    private static final String COMMENT = "/staff/m/132047/comments/{comment}";
    private static final String WHITE_PAPER = "/staff/m/132047/2020/white-paper";
    private static final String EVAL = "/staff/m/132047/2004/evaluations";
    private static final String PROGRESS = "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021";
    private static final String API_DEPT = "/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku";

    /** The tables with domain data; their rows' checksum is what "the data" means here. */
    private static final List<String> TABLES = List.of(
            "municipality",
            "fiscal_year",
            "department",
            "section",
            "department_lineage",
            "staff_account",
            "staff_department",
            "department_plan",
            "plan_project",
            "department_plan_step",
            "policy_plan",
            "policy_element",
            "element_progress",
            "indicator",
            "indicator_value",
            "individual_plan",
            "consultation",
            "opinion",
            "white_paper",
            "white_paper_edition",
            "evaluation_sheet",
            "evaluation_sheet_step",
            "evaluation_labor_cost");

    /** Users who may not write anything below: another city's administrator, a viewer, another department's editor. */
    private static final List<String> NEVER = List.of("sample-admin", "sample-seisaku", "mitaka-viewer", "mitaka-somu");

    /** Each write and who else is refused it (besides {@link #NEVER} and anonymous visitors). */
    private static final List<Write> WRITES = List.of(
            new Write("/staff/m/132047/years?year=2031", "mitaka-kikaku", "mitaka-review"),
            new Write("/staff/m/132047/years/2020/close", "mitaka-kikaku", "mitaka-review"),
            new Write(DEPT, "mitaka-review"),
            new Write(DEPT + "/rename?version=0&newName=政策企画部", "mitaka-kikaku", "mitaka-review"),
            new Write(DEPT + "/abolish?version=0", "mitaka-kikaku", "mitaka-review"),
            new Write(
                    "/staff/m/132047/2020/departments?newCode=new-dept&newName=新しい部", "mitaka-kikaku", "mitaka-review"),
            new Write(
                    "/staff/m/132047/accounts?username=intruder&displayName=x&role=ADMIN&password=intruder-password-1",
                    "mitaka-kikaku",
                    "mitaka-review"),
            new Write("/staff/m/132047/policy/import", "mitaka-kikaku", "mitaka-review"),
            new Write(PROGRESS + "?version=-1&body=書き換え"),
            new Write(PLAN + "/start", "mitaka-review"),
            new Write(PLAN + "/content", "mitaka-review"),
            new Write(PLAN + "/projects?title=x", "mitaka-review"),
            new Write(PLAN + "/consult", "mitaka-kikaku", "mitaka-review"),
            new Write(PLAN + "/finalize", "mitaka-kikaku"),
            new Write(PLAN + "/publish", "mitaka-kikaku", "mitaka-review"),
            new Write(PLAN + "/comments?comment=x"),
            new Write(PLAN + "/workbook", "mitaka-review"),
            new Write(COMMENT + "/opinions", "mitaka-review"),
            new Write(COMMENT + "/publish", "mitaka-review"),
            new Write("/staff/m/132047/comments/plans?name=x&departmentCode=kikaku", "mitaka-review"),
            new Write(EVAL + "/1", "mitaka-review"),
            new Write(EVAL + "/1/first?comment=x", "mitaka-review"),
            new Write(EVAL + "/2/second?comment=x", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/2/finalize", "mitaka-kikaku"),
            new Write(EVAL + "/2/publish", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/2/revise?comment=x", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/2/send-back?comment=x", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "?departmentCode=kikaku&name=x", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/select", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/labor-cost?yen=8000000", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/carry-forward", "mitaka-kikaku", "mitaka-review"),
            new Write(EVAL + "/workbook", "mitaka-review"),
            new Write(WHITE_PAPER, "mitaka-kikaku", "mitaka-review"),
            new Write(WHITE_PAPER + "/publish", "mitaka-kikaku", "mitaka-review"),
            new Write(API_DEPT, "mitaka-review"));

    record Write(String url, String... alsoRefused) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    jp.hoshin.fiscalyear.FiscalYears fiscalYears;

    @Autowired
    jp.hoshin.publiccomment.Consultations consultations;

    @Autowired
    jp.hoshin.evaluation.Evaluations evaluations;

    @Autowired
    jp.hoshin.evaluation.EvaluationReview review;

    @BeforeEach
    void openPlanYear() {
        fiscalYears.open("132047", jp.hoshin.fiscalyear.FiscalYear.of(2004), "test");
        evaluations.create("132047", 2004, "kikaku", jp.hoshin.evaluation.SheetContent.named("テスト事業", null), "test");
        var second = evaluations.create(
                "132047", 2004, "kikaku", jp.hoshin.evaluation.SheetContent.named("提出済みの事業", null), "test");
        second = review.recordFirstAssessment(
                new jp.hoshin.evaluation.SheetReference("132047", 2004, second.number()),
                second.version(),
                new jp.hoshin.evaluation.Assessment(
                        jp.hoshin.evaluation.Rating.A,
                        null,
                        jp.hoshin.evaluation.Rating.A,
                        null,
                        jp.hoshin.evaluation.Rating.A,
                        null,
                        jp.hoshin.evaluation.FutureDirection.CONTINUE.label(),
                        null,
                        null));
        review.submitFirstEvaluation(
                new jp.hoshin.evaluation.SheetReference("132047", 2004, second.number()), second.version(), "test");
    }

    static Stream<Arguments> refusals() {
        List<Arguments> cases = new ArrayList<>();
        for (Write w : WRITES) {
            List<String> users = new ArrayList<>(NEVER);
            users.addAll(Arrays.asList(w.alsoRefused()));
            users.add(null);
            users.forEach(u -> cases.add(Arguments.of(u, w.url(), true)));
            if (!w.url().startsWith("/api/")) {
                cases.add(Arguments.of("mitaka-admin", w.url(), false)); // without a CSRF token
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1} (csrf {2}): refused, nothing changed")
    @MethodSource("refusals")
    void aRefusedWriteChangesNothing(String user, String url, boolean withCsrf) throws Exception {
        String before = data();
        int status = mvc.perform(request(user, url, withCsrf))
                .andReturn()
                .getResponse()
                .getStatus();
        // any department's editor may upload the evaluation workbook: it changes only their own department's sheets
        boolean ownSheetsOnly = "mitaka-somu".equals(user) && url.endsWith("/evaluations/workbook");
        assertThat(status)
                .as("status")
                .isIn(user == null ? Set.of(302, 401) : ownSheetsOnly ? Set.of(302, 403) : Set.of(403));
        assertThat(data()).as("the data after " + user + " " + url).isEqualTo(before);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("mitaka-admin", "/staff/m/132047/years?year=2031"),
                Arguments.of("mitaka-admin", DEPT + "/rename?version=0&newName=政策企画部"),
                Arguments.of("mitaka-kikaku", PROGRESS + "?version=-1&body=書き換え"),
                Arguments.of("mitaka-kikaku", PLAN + "/start"),
                Arguments.of("mitaka-kikaku", "/staff/m/132047/comments/plans?name=x&departmentCode=kikaku"),
                Arguments.of("mitaka-admin", EVAL + "?departmentCode=kikaku&name=x"),
                Arguments.of("mitaka-admin", EVAL + "/labor-cost?yen=8000000"),
                Arguments.of("mitaka-kikaku", EVAL + "/1/first?comment=x"),
                Arguments.of("mitaka-kikaku", API_DEPT));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed, the data changed")
    @MethodSource("allowed")
    void anAllowedWriteChangesTheData(String user, String url) throws Exception {
        String before = data();
        int status =
                mvc.perform(request(user, url, true)).andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 302, 303);
        assertThat(data()).as("the data after " + user + " " + url).isNotEqualTo(before);
    }

    private MockHttpServletRequestBuilder request(String user, String url, boolean withCsrf) {
        String resolved = url.replace(
                "{comment}",
                Long.toString(consultations.publicConsultations("132047").stream()
                        .filter(c -> c.content().title().equals("個別計画（素案）へのご意見を募集します"))
                        .findFirst()
                        .orElseThrow()
                        .id()));
        MockHttpServletRequestBuilder request = resolved.startsWith("/api/")
                ? put(resolved).contentType(MediaType.APPLICATION_JSON).content("""
                    {"version":0,"head":{"name":"テスト 太郎","nameKana":"てすと たろう"},"basicPolicy":null,"work":null,
                     "missionHeadline":null,"mission":null,"resources":{"staffCount":10,"budgetYen":1000},"sections":["企画経営課","情報推進課"]}
                    """)
                : post(resolved)
                        .param("version", resolved.contains("version=") ? new String[0] : new String[] {"0"})
                        .param("headName", "テスト 太郎");
        if (withCsrf && !resolved.startsWith("/api/")) {
            request.with(csrf());
        }
        if (user != null) {
            request.with(StaffUsers.as(signIns, user));
        }
        return request;
    }

    /** A checksum of every row of every domain table (after writing out what the persistence context holds). */
    private String data() {
        entityManager.flush();
        StringBuilder sums = new StringBuilder();
        for (String table : TABLES) {
            sums.append(table)
                    .append('=')
                    .append(jdbc.queryForObject(
                            "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t",
                            String.class))
                    .append(' ');
        }
        return sums.toString();
    }
}
