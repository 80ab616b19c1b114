package jp.hoshin.identity;

import java.util.stream.Stream;

import jp.hoshin.StaffUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every role against every kind of staff page and API call: who may read, who may change, who is
 * refused. Runs against the demo data (三鷹市 132047 and サンプル市 990001); changes roll back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccessMatrixTest {

    private static final String DEPT = "/staff/m/132047/2020/departments/kikaku";
    /** 三鷹市 2004 has no demo data: each case opens it inside its rolled-back transaction (see {@link #openPlanYear}). */
    private static final String PLAN = "/staff/m/132047/2004/plans/kikaku";

    private static final String PUBLISHED_PLAN = "/staff/m/132047/2017/plans/kikaku";
    private static final String COMMENT = "/staff/m/132047/comments/{comment}";
    private static final String WHITE_PAPER = "/staff/m/132047/2020/white-paper";
    private static final String EVAL = "/staff/m/132047/2004/evaluations";
    private static final String API_DEPT = "/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku";

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    SignIns signIns;

    @Autowired
    jp.hoshin.municipality.Municipalities municipalities;

    @Autowired
    jp.hoshin.fiscalyear.FiscalYears fiscalYears;

    @Autowired
    jp.hoshin.publiccomment.Consultations consultations;

    @Autowired
    jp.hoshin.evaluation.Evaluations evaluations;

    @Autowired
    jp.hoshin.evaluation.EvaluationReview review;

    @org.junit.jupiter.api.BeforeEach
    void openPlanYear() {
        fiscalYears.open("132047", jp.hoshin.fiscalyear.FiscalYear.of(2004), "test");
        // evaluation sheets of 企画部 in 2004: No.1 at 一次評価, No.2 submitted to 二次評価
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

    static Stream<Arguments> matrix() {
        return Stream.of(
                // the municipality's staff home: everyone of 三鷹市, nobody from another city
                Arguments.of("admin", "GET", "/staff/m/132047", 200),
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047", 200),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047", 200),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047", 403),
                Arguments.of(null, "GET", "/staff/m/132047", 302),
                // accounts and settings: planning administrators only
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/accounts", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/accounts", 403),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/accounts", 403),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/accounts", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/accounts", 403),
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/settings", 200),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/settings", 403),
                // 独自項目: defined by planning administrators; values written by the owner's editors
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/custom-fields", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/custom-fields", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/custom-fields", 403),
                Arguments.of(
                        "mitaka-review", "POST", "/staff/m/132047/custom-fields?target=PLAN&label=重点&kind=TEXT", 403),
                Arguments.of("mitaka-somu", "POST", "/staff/m/132047/2004/plans/kikaku/extra-fields?version=0", 403),
                Arguments.of("mitaka-viewer", "POST", "/staff/m/132047/2004/plans/kikaku/extra-fields?version=0", 403),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/2004/evaluations/1/extra-fields?version=0", 302),
                Arguments.of("mitaka-somu", "POST", "/staff/m/132047/2004/evaluations/1/extra-fields?version=0", 403),
                // opening a year: planning administrators only
                Arguments.of("mitaka-admin", "POST", "/staff/m/132047/years?year=2031", 302),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/years?year=2031", 403),
                Arguments.of("mitaka-review", "POST", "/staff/m/132047/years?year=2031", 403),
                Arguments.of("mitaka-viewer", "POST", "/staff/m/132047/years?year=2031", 403),
                Arguments.of("sample-admin", "POST", "/staff/m/132047/years?year=2031", 403),
                // a department page: read by the municipality's staff
                Arguments.of("mitaka-viewer", "GET", DEPT, 200),
                Arguments.of("mitaka-somu", "GET", DEPT, 200),
                Arguments.of("sample-admin", "GET", DEPT, 403),
                // saving it: the planning administrator and that department's editors
                Arguments.of("mitaka-admin", "POST", DEPT, 302),
                Arguments.of("mitaka-kikaku", "POST", DEPT, 302),
                Arguments.of("mitaka-somu", "POST", DEPT, 403),
                Arguments.of("mitaka-review", "POST", DEPT, 403),
                Arguments.of("mitaka-viewer", "POST", DEPT, 403),
                Arguments.of("sample-admin", "POST", DEPT, 403),
                // changing the structure: planning administrators only
                Arguments.of("mitaka-admin", "POST", DEPT + "/rename?version=0&newName=政策企画部", 302),
                Arguments.of("mitaka-kikaku", "POST", DEPT + "/rename?version=0&newName=政策企画部", 403),
                Arguments.of("mitaka-kikaku", "POST", DEPT + "/abolish?version=0", 403),
                Arguments.of(
                        "mitaka-kikaku", "POST", "/staff/m/132047/2020/departments?newCode=new-dept&newName=新しい部", 403),
                // history: the municipality's planning administrators
                Arguments.of("mitaka-admin", "GET", "/staff/history/Municipality/{mitaka}", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/history/Municipality/{mitaka}", 403),
                Arguments.of("sample-admin", "GET", "/staff/history/Municipality/{mitaka}", 403),
                Arguments.of("admin", "GET", "/staff/history/Municipality/{mitaka}", 200),
                // registering a municipality: deployment-wide administrators only
                Arguments.of("admin", "GET", "/staff/municipalities/new", 200),
                Arguments.of("mitaka-admin", "GET", "/staff/municipalities/new", 403),
                // department plans: staff of the municipality read; each step only for its roles
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/2020/plans", 200),
                Arguments.of("mitaka-viewer", "GET", PLAN, 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/2020/plans", 403),
                // plan data: everyone of the city reads and downloads; only the planning section imports
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/policy", 200),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/policy/export.xlsx", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/policy", 403),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/policy/import", 403),
                Arguments.of("mitaka-review", "POST", "/staff/m/132047/policy/import", 403),
                Arguments.of("mitaka-admin", "POST", "/staff/m/132047/policy/import", 200),
                Arguments.of(null, "POST", "/staff/m/132047/policy/import", 302),
                // progress texts: the owning department (K1-1: 企画部企画経営課) and the planning section
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 200),
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 200),
                Arguments.of("mitaka-somu", "GET", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 403),
                Arguments.of("mitaka-somu", "POST", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 403),
                Arguments.of("mitaka-viewer", "POST", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021", 403),
                Arguments.of(null, "GET", "/api/v1/municipalities/132047/plans/kihon-keikaku-4", 200),
                Arguments.of(null, "GET", "/api/v1/municipalities/132047/plans/kihon-keikaku-4/indicators.csv", 200),
                Arguments.of(null, "GET", "/api/v1/municipalities/132047/plans/tables/values.csv", 200),
                // consultation comments: the planning section, the mayor's office and the department itself
                Arguments.of("mitaka-somu", "POST", PLAN + "/comments", 403),
                Arguments.of("mitaka-viewer", "POST", PLAN + "/comments", 403),
                Arguments.of("sample-admin", "POST", PLAN + "/comments", 403),
                Arguments.of("mitaka-review", "POST", PLAN + "/comments", 302),
                // the booklet proof shows drafts: planning section and mayor's office only
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/2017/plans/booklet.pdf", 200),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/2017/plans/booklet.pdf", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/2017/plans/booklet.pdf", 403),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/2017/plans/booklet.pdf", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/2017/plans/booklet.pdf", 403),
                Arguments.of(null, "GET", "/staff/m/132047/2017/plans/booklet.pdf", 302),
                Arguments.of(null, "GET", "/m/132047/2017/plans.pdf", 200),
                Arguments.of(null, "GET", "/api/v1/municipalities/132047/fiscal-years/2017/department-plans.csv", 200),
                Arguments.of("mitaka-somu", "POST", PLAN + "/start", 403),
                Arguments.of("mitaka-viewer", "POST", PLAN + "/start", 403),
                Arguments.of("mitaka-review", "POST", PLAN + "/content", 403),
                Arguments.of("mitaka-somu", "POST", PLAN + "/submit", 403),
                Arguments.of("mitaka-kikaku", "POST", PLAN + "/consult", 403),
                Arguments.of("mitaka-review", "POST", PLAN + "/consult", 403),
                Arguments.of("mitaka-kikaku", "POST", PLAN + "/finalize", 403),
                Arguments.of("mitaka-viewer", "POST", PLAN + "/send-back", 403),
                Arguments.of("mitaka-review", "POST", PLAN + "/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", PLAN + "/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", PLAN + "/start", 302),
                // a plan's Excel workbook: downloaded and uploaded only by the planning section and the department's
                // editors
                Arguments.of("mitaka-kikaku", "GET", PLAN + "/workbook", 200),
                Arguments.of("mitaka-admin", "GET", PLAN + "/workbook", 200),
                Arguments.of("mitaka-kikaku", "GET", PUBLISHED_PLAN + "/workbook", 200),
                Arguments.of("mitaka-somu", "GET", PLAN + "/workbook", 403),
                Arguments.of("mitaka-somu", "GET", PUBLISHED_PLAN + "/workbook", 403),
                Arguments.of("mitaka-review", "GET", PLAN + "/workbook", 403),
                Arguments.of("mitaka-viewer", "GET", PLAN + "/workbook", 403),
                Arguments.of("sample-admin", "GET", PLAN + "/workbook", 403),
                Arguments.of("sample-seisaku", "GET", PUBLISHED_PLAN + "/workbook", 403),
                Arguments.of(null, "GET", PLAN + "/workbook", 302),
                Arguments.of("mitaka-somu", "POST", PLAN + "/workbook", 403),
                Arguments.of("mitaka-somu", "POST", PUBLISHED_PLAN + "/workbook", 403),
                Arguments.of("mitaka-review", "POST", PLAN + "/workbook", 403),
                Arguments.of("mitaka-viewer", "POST", PLAN + "/workbook", 403),
                Arguments.of("sample-admin", "POST", PLAN + "/workbook", 403),
                Arguments.of("sample-seisaku", "POST", PLAN + "/workbook", 403),
                Arguments.of(null, "POST", PLAN + "/workbook", 302),
                Arguments.of("mitaka-kikaku", "POST", PLAN + "/workbook", 302),
                Arguments.of("mitaka-admin", "POST", PUBLISHED_PLAN + "/workbook", 302),
                // public comment (demo consultation of 企画部): the register is read by the municipality's staff; the
                // opinions
                // by the planning section, 企画部, the mayor's office and viewers (without personal data), never by
                // another
                // department's editor; recording, handling and publishing only by the planning section and 企画部
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/comments", 200),
                Arguments.of("mitaka-somu", "GET", "/staff/m/132047/comments", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/comments", 403),
                Arguments.of(null, "GET", "/staff/m/132047/comments", 302),
                Arguments.of("mitaka-admin", "GET", COMMENT, 200),
                Arguments.of("mitaka-kikaku", "GET", COMMENT, 200),
                Arguments.of("mitaka-review", "GET", COMMENT, 200),
                Arguments.of("mitaka-viewer", "GET", COMMENT, 200),
                Arguments.of("mitaka-somu", "GET", COMMENT, 403),
                Arguments.of("sample-admin", "GET", COMMENT, 403),
                Arguments.of(null, "GET", COMMENT, 302),
                Arguments.of("mitaka-somu", "GET", COMMENT + "/opinions.csv", 403),
                Arguments.of("mitaka-kikaku", "GET", COMMENT + "/opinions.csv", 200),
                Arguments.of("mitaka-somu", "POST", COMMENT + "/opinions", 403),
                Arguments.of("mitaka-viewer", "POST", COMMENT + "/opinions", 403),
                Arguments.of("mitaka-review", "POST", COMMENT + "/publish", 403),
                Arguments.of("mitaka-somu", "POST", COMMENT + "/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", COMMENT + "/publish", 302),
                Arguments.of("mitaka-somu", "POST", "/staff/m/132047/comments/plans?name=x&departmentCode=kikaku", 403),
                Arguments.of(
                        "mitaka-viewer", "POST", "/staff/m/132047/comments/plans?name=x&departmentCode=kikaku", 403),
                Arguments.of(
                        "mitaka-kikaku", "POST", "/staff/m/132047/comments/plans?name=x&departmentCode=kikaku", 302),
                Arguments.of(null, "GET", "/m/132047/comments", 200),
                Arguments.of(null, "GET", "/m/132047/comments/{comment}", 200),
                // 事業評価: staff of the city read every sheet; the department's editors write their own sheets only at
                // 一次評価;
                // the planning section writes, records 二次評価, publishes; 確定 also by the mayor's office; citizens see
                // only 公表
                Arguments.of("mitaka-viewer", "GET", EVAL, 200),
                Arguments.of("mitaka-somu", "GET", EVAL + "/1", 200),
                Arguments.of("sample-admin", "GET", EVAL, 403),
                Arguments.of(null, "GET", EVAL, 302),
                Arguments.of("mitaka-viewer", "GET", EVAL + "/budget", 200),
                Arguments.of("mitaka-review", "GET", EVAL + "/budget.xlsx?direction=CONTINUE", 200),
                // 評価シートの様式: the planning section of the city only (a POST without values comes back with the mistakes)
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/evaluation-settings", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/evaluation-settings", 403),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/evaluation-settings", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/evaluation-settings", 403),
                Arguments.of(null, "GET", "/staff/m/132047/evaluation-settings", 302),
                Arguments.of("mitaka-admin", "POST", "/staff/m/132047/evaluation-settings", 200),
                Arguments.of("mitaka-viewer", "POST", "/staff/m/132047/evaluation-settings", 403),
                Arguments.of("sample-admin", "POST", "/staff/m/132047/evaluation-settings", 403),
                // 施策評価: read by the city's staff; the owning department (企画部 for K1-1) writes the 一次評価, the planning
                // section the rest
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/2004/measure-evaluations", 200),
                Arguments.of(
                        "mitaka-review", "GET", "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/2004/measure-evaluations", 403),
                Arguments.of(null, "GET", "/staff/m/132047/2004/measure-evaluations", 302),
                Arguments.of(
                        "mitaka-kikaku",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        302),
                Arguments.of(
                        "mitaka-admin",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        302),
                Arguments.of(
                        "mitaka-somu",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        403),
                Arguments.of(
                        "mitaka-review",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        403),
                Arguments.of(
                        "mitaka-viewer",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        403),
                Arguments.of(
                        "sample-admin",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/first?version=-1&progress=B",
                        403),
                Arguments.of(
                        "mitaka-kikaku",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/second?version=-1",
                        403),
                Arguments.of(
                        "mitaka-review",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/second?version=-1",
                        403),
                Arguments.of(
                        "mitaka-kikaku",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/finalize?version=-1",
                        403),
                Arguments.of(
                        "mitaka-review",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/kihon-keikaku-4/K1-1/publish?version=-1",
                        403),
                Arguments.of(
                        "mitaka-kikaku",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/committee?used=true&version=-1",
                        403),
                Arguments.of(
                        "mitaka-admin",
                        "POST",
                        "/staff/m/132047/2004/measure-evaluations/committee?used=true&version=-1",
                        302),
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/measure-evaluation-settings", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/measure-evaluation-settings", 403),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/measure-evaluation-settings", 403),
                Arguments.of(null, "GET", "/m/132047/2004/measure-evaluations", 200),
                Arguments.of(
                        null, "GET", "/api/v1/municipalities/132047/fiscal-years/2004/measure-evaluations.csv", 200),
                Arguments.of(null, "GET", "/api/v1/municipalities/132047/fiscal-years/2004/evaluations", 200),
                Arguments.of("sample-admin", "GET", EVAL + "/budget", 403),
                Arguments.of(null, "GET", EVAL + "/budget", 302),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/1", 200),
                Arguments.of("mitaka-admin", "POST", EVAL + "/1", 200),
                Arguments.of("mitaka-somu", "POST", EVAL + "/1", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/1", 403),
                Arguments.of("mitaka-viewer", "POST", EVAL + "/1", 403),
                Arguments.of("sample-admin", "POST", EVAL + "/1", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2", 403),
                Arguments.of("mitaka-admin", "POST", EVAL + "/2", 200),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/2020/evaluations/1", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/1/first", 302),
                Arguments.of("mitaka-somu", "POST", EVAL + "/1/first", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/1/first", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/first", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/second", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/2/second", 403),
                Arguments.of("mitaka-admin", "POST", EVAL + "/2/second", 302),
                Arguments.of("mitaka-review", "POST", EVAL + "/2/finalize", 302),
                Arguments.of("mitaka-admin", "POST", EVAL + "/2/finalize", 302),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/finalize", 403),
                Arguments.of("mitaka-viewer", "POST", EVAL + "/2/finalize", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/2/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/revise", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/2/send-back", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "?departmentCode=kikaku&name=x", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "?departmentCode=kikaku&name=x", 403),
                Arguments.of("mitaka-admin", "POST", EVAL + "?departmentCode=kikaku&name=x", 302),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/select", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/select", 403),
                Arguments.of("sample-admin", "POST", EVAL + "/select", 403),
                Arguments.of("mitaka-admin", "POST", EVAL + "/select", 302),
                Arguments.of("mitaka-review", "POST", EVAL + "/labor-cost?yen=8000000", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/labor-cost?yen=8000000", 403),
                Arguments.of("mitaka-admin", "POST", EVAL + "/carry-forward", 302),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/carry-forward", 403),
                Arguments.of("mitaka-viewer", "GET", EVAL + "/workbook", 200),
                Arguments.of("sample-admin", "GET", EVAL + "/workbook", 403),
                Arguments.of("mitaka-viewer", "POST", EVAL + "/workbook", 403),
                Arguments.of("mitaka-review", "POST", EVAL + "/workbook", 403),
                Arguments.of("sample-seisaku", "POST", EVAL + "/workbook", 403),
                Arguments.of("mitaka-kikaku", "POST", EVAL + "/workbook", 302),
                Arguments.of(null, "GET", "/m/990001/2024/evaluations", 200),
                Arguments.of(null, "GET", "/m/990001/2024/evaluations/1", 200),
                Arguments.of(null, "GET", "/m/990001/2024/evaluations/1/evaluation.pdf", 200),
                Arguments.of(null, "GET", "/m/990001/2024/evaluations/7", 404),
                Arguments.of(null, "GET", "/m/990001/2024/evaluations/7/evaluation.pdf", 404),
                Arguments.of(null, "GET", "/m/132047/2004/evaluations/1", 404),
                Arguments.of("mitaka-admin", "GET", "/m/132047/2004/evaluations/2", 404),
                Arguments.of(null, "GET", "/api/v1/municipalities/990001/fiscal-years/2024/evaluations.csv", 200),
                // the API: reads are public, updates need the department
                Arguments.of(null, "GET", API_DEPT, 200),
                Arguments.of(null, "PUT", API_DEPT, 401),
                Arguments.of("mitaka-viewer", "PUT", API_DEPT, 403),
                Arguments.of("mitaka-somu", "PUT", API_DEPT, 403),
                Arguments.of("sample-admin", "PUT", API_DEPT, 403),
                Arguments.of("mitaka-kikaku", "PUT", API_DEPT, 200),
                // 自治体経営白書: the planning section writes and publishes, the mayor's office checks the proof, others are
                // refused
                Arguments.of("mitaka-admin", "GET", WHITE_PAPER, 200),
                Arguments.of("mitaka-review", "GET", WHITE_PAPER, 200),
                Arguments.of("mitaka-kikaku", "GET", WHITE_PAPER, 403),
                Arguments.of("mitaka-viewer", "GET", WHITE_PAPER, 403),
                Arguments.of("sample-admin", "GET", WHITE_PAPER, 403),
                Arguments.of(null, "GET", WHITE_PAPER, 302),
                Arguments.of("mitaka-review", "GET", WHITE_PAPER + "/proof", 200),
                Arguments.of("mitaka-kikaku", "GET", WHITE_PAPER + "/proof.pdf", 403),
                Arguments.of("mitaka-admin", "POST", WHITE_PAPER, 200),
                Arguments.of("mitaka-review", "POST", WHITE_PAPER, 403),
                Arguments.of("mitaka-kikaku", "POST", WHITE_PAPER, 403),
                Arguments.of("mitaka-review", "POST", WHITE_PAPER + "/publish", 403),
                Arguments.of("mitaka-kikaku", "POST", WHITE_PAPER + "/publish", 403),
                Arguments.of("sample-admin", "POST", WHITE_PAPER + "/publish", 403),
                Arguments.of(null, "POST", WHITE_PAPER + "/publish", 302),
                Arguments.of(null, "GET", "/m/132047/2020/white-paper", 200),
                Arguments.of(null, "GET", "/m/132047/2020/white-paper/basic-plan", 200),
                // the citizens' site: the front page, a year's page, the feed, a department's two years side by side,
                // the results and judgement pages — public to everyone, staff and other municipalities alike
                Arguments.of(null, "GET", "/m/132047/", 200),
                Arguments.of("sample-admin", "GET", "/m/132047/", 200),
                Arguments.of("mitaka-kikaku", "GET", "/m/990001/", 200),
                Arguments.of(null, "GET", "/m/132047/2020", 200),
                Arguments.of(null, "GET", "/m/132047/2099", 404),
                Arguments.of(null, "GET", "/m/990001/feed.atom", 200),
                Arguments.of("mitaka-viewer", "GET", "/m/132047/feed.atom", 200),
                Arguments.of(null, "GET", "/m/132047/2017/departments/kikaku/compare?with=2003", 200),
                Arguments.of("sample-admin", "GET", "/m/132047/2017/departments/kikaku/compare?with=2003", 200),
                Arguments.of(null, "GET", "/m/132047/2017/departments/no-such-dept/compare?with=2003", 404),
                Arguments.of(null, "GET", "/m/132047/2099/departments/kikaku/compare?with=2003", 404),
                Arguments.of(null, "GET", "/m/990001/2024/results", 200),
                Arguments.of(null, "GET", "/m/132047/policy/kihon-keikaku-4", 200),
                // 通知: every staff member reads their own; the mail outbox is for the administrators
                Arguments.of("mitaka-viewer", "GET", "/staff/notifications", 200),
                Arguments.of(null, "GET", "/staff/notifications", 302),
                Arguments.of(null, "POST", "/staff/notifications/read-all", 302),
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/mail-outbox", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/mail-outbox", 403),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/mail-outbox", 403),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/mail-outbox", 403),
                Arguments.of("mitaka-admin", "GET", "/staff/mail-outbox", 403),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/mail-outbox/1/retry", 403),
                Arguments.of("sample-admin", "POST", "/staff/m/132047/mail-outbox/1/retry", 403),
                Arguments.of("mitaka-admin", "POST", "/staff/mail-outbox/1/retry", 403),
                Arguments.of("mitaka-admin", "POST", "/staff/m/132047/mail-outbox/999999999/retry", 302),
                // 外部評価委員会: the planning section writes, every staff member of the city reads (a department only its
                // measures), the public reads only a published committee
                Arguments.of("mitaka-admin", "GET", "/staff/m/132047/2004/committee", 200),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/2004/committee", 200),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/2004/committee", 200),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/2004/committee", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/2004/committee", 403),
                Arguments.of(null, "GET", "/staff/m/132047/2004/committee", 302),
                Arguments.of("mitaka-admin", "POST", "/staff/m/132047/2004/committee?committeeName=外部評価委員会", 302),
                Arguments.of("mitaka-review", "POST", "/staff/m/132047/2004/committee?committeeName=外部評価委員会", 403),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/2004/committee?committeeName=外部評価委員会", 403),
                Arguments.of("sample-admin", "POST", "/staff/m/132047/2004/committee?committeeName=外部評価委員会", 403),
                Arguments.of(null, "POST", "/staff/m/132047/2004/committee?committeeName=外部評価委員会", 302),
                Arguments.of("mitaka-kikaku", "GET", "/staff/m/132047/committee/recommendations", 200),
                Arguments.of("mitaka-review", "GET", "/staff/m/132047/committee/recommendations.csv", 200),
                Arguments.of("sample-admin", "GET", "/staff/m/132047/committee/recommendations", 403),
                Arguments.of("mitaka-viewer", "GET", "/staff/m/132047/committee/ratings", 200),
                Arguments.of("mitaka-kikaku", "POST", "/staff/m/132047/committee/ratings?lines=A", 403),
                Arguments.of("mitaka-review", "POST", "/staff/m/132047/committee/ratings?lines=A", 403),
                Arguments.of(null, "GET", "/m/132047/2004/measure-evaluations/committee", 404));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("matrix")
    void eachRoleReachesOnlyWhatIsTheirs(String user, String method, String url, int expected) throws Exception {
        url = url.replace("{mitaka}", Long.toString(municipalities.get("132047").id()))
                .replace(
                        "{comment}",
                        Long.toString(consultations.publicConsultations("132047").stream()
                                .filter(c -> c.content().title().equals("個別計画（素案）へのご意見を募集します"))
                                .findFirst()
                                .orElseThrow()
                                .id()));
        // the department's current version: a test that commits an edit of it (the page cache's) may have run before
        long version = jdbc.queryForObject(
                "select d.version from department d join fiscal_year f on f.id = d.fiscal_year_id"
                        + " join municipality m on m.id = f.municipality_id"
                        + " where m.code = '132047' and f.start_year = 2020 and d.code = 'kikaku'",
                Long.class);
        MockHttpServletRequestBuilder request = switch (method) {
            case "GET" -> get(url);
            case "POST" ->
                post(url).with(csrf()).param("version", Long.toString(version)).param("headName", "テスト 太郎");
            default -> put(url).contentType(MediaType.APPLICATION_JSON).content("""
                    {"version":%d,"head":{"name":"テスト 太郎","nameKana":"てすと たろう"},"basicPolicy":null,"work":null,
                     "missionHeadline":null,"mission":null,"resources":{"staffCount":10,"budgetYen":1000},"sections":["企画経営課","情報推進課"]}
                    """.formatted(version));
        };
        if (user != null) {
            request.with(StaffUsers.as(signIns, user));
        }
        mvc.perform(request).andExpect(status().is(expected));
    }
}
