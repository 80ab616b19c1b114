package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.ThreadStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's read-only transaction reads the published results, the result scale and the publication names with plain
 * SQL; a writing transaction through the repositories. Both give the same views: the demo's results, and a year with a
 * published plan (its 使命・目標 from the finalised snapshot), a plan under revision whose results stay published (from
 * the organisation), one without projects, one whose results are not published, projects with and without targets and
 * links, a municipality's own scale and names and the defaults. The results page's narrower reading ({@link
 * PublishedPlans#resultsOfYear}) gives what the whole views give.
 */
@SpringBootTest
class PublishedResultsReadTest {

    private static final String CODE = "479973";
    private static final int YEAR = 2033;

    private static final String SNAPSHOT = """
            {"id":1,"fiscalYearId":1,"departmentCode":"b","status":"FINALIZED","content":{"missionHeadline":"確定見出し",\
            "mission":"確定の使命\\n二行目","sectionRoles":[{"section":"一課","role":"確定の役割"}],"staffCount":7,\
            "budgetYen":1200000,"policies":"確定方針"},"projects":[{"id":5,"number":1,"title":"確定事業","leadSection":null,\
            "description":"説明","main":true,"targets":[{"text":"目標","measure":null,"targetValue":10,"unit":"件",\
            "deadline":"2034-03-31","baselineValue":null,"baselineYear":null,"actualValue":null}],"result":null,\
            "resultExplanation":null,"carriedFromId":null,"policyElementKey":null,"continuedFromId":null}],\
            "summary":null,"resultStatus":null,"revision":0,"revisionReason":null,"version":3}""";

    @Autowired
    PublishedPlans plans;

    @Autowired
    ProgressScales scales;

    @Autowired
    PlanPublicationNames names;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** The results and the settings a results page shows, as one page reads them. */
    record ResultsPage(List<PublishedResult> results, List<Object> settings) {}

    @Test
    void theResultsBringTheMunicipalitysSettingsInTheSameRoundTrip() throws Exception {
        fixture();
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        TransactionTemplate writing = new TransactionTemplate(transactions);
        for (var year : List.of(new PlanReference(CODE, YEAR, "-"), new PlanReference("990001", 2024, "-"))) {
            String code = year.municipalityCode();
            var page = ThreadStatements.during(() -> reading.execute(s -> {
                var results = plans.resultsOfYear(code, year.year());
                List<Object> settings = new java.util.ArrayList<>();
                for (ScaleKind kind : ScaleKind.values()) {
                    settings.add(scales.setting(code, kind));
                }
                settings.add(names.setting(code));
                return new ResultsPage(results, settings);
            }));
            // the settings are read once, sent with the results' statement
            assertThat(page.statements().stream().filter(sql -> sql.contains("progress_scale_setting")))
                    .as("%s: %s", code, page.statements())
                    .singleElement()
                    .satisfies(sql -> assertThat(sql).contains("from department_plan p"));
            var written = writing.execute(s -> {
                List<Object> settings = new java.util.ArrayList<>();
                for (ScaleKind kind : ScaleKind.values()) {
                    settings.add(scales.setting(code, kind));
                }
                settings.add(names.setting(code));
                return new ResultsPage(plans.resultsOfYear(code, year.year()), settings);
            });
            assertThat(page.result()).as(code).isEqualTo(written);
        }
    }

    @Test
    void plainSqlInAPageGivesWhatTheRepositoriesGive() {
        fixture();
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        TransactionTemplate writing = new TransactionTemplate(transactions);
        for (var year : List.of(
                new PlanReference(CODE, YEAR, "-"),
                new PlanReference("990001", 2024, "-"),
                new PlanReference("132047", 2020, "-"),
                new PlanReference("132047", 2017, "-"))) {
            var read = reading.execute(s -> plans.publishedResults(year.municipalityCode(), year.year()));
            assertThat(read)
                    .as(year.municipalityCode() + " " + year.year())
                    .isEqualTo(writing.execute(s -> plans.publishedResults(year.municipalityCode(), year.year())));
            // the results page's narrower reading: the same plans, goals and 総括 as the whole views give
            var page = reading.execute(s -> plans.resultsOfYear(year.municipalityCode(), year.year()));
            assertThat(page)
                    .as(year.municipalityCode() + " " + year.year())
                    .isEqualTo(writing.execute(s -> plans.resultsOfYear(year.municipalityCode(), year.year())))
                    .isEqualTo(read.stream().map(PublishedResult::of).toList());
        }
        for (String code : List.of(CODE, "132047", "990001", "000000")) {
            for (ScaleKind kind : ScaleKind.values()) {
                var read = reading.execute(s -> scales.setting(code, kind));
                assertThat(read).as(code + " " + kind).isEqualTo(writing.execute(s -> scales.setting(code, kind)));
            }
            var read = reading.execute(s -> names.setting(code));
            assertThat(read).as(code).isEqualTo(writing.execute(s -> names.setting(code)));
        }

        List<DepartmentPlanView> demo = reading.execute(s -> plans.publishedResults("990001", 2024));
        assertThat(demo).as("the demo's published results").isNotEmpty();
        var results = reading.execute(s -> plans.publishedResults(CODE, YEAR));
        assertThat(results).extracting(DepartmentPlanView::departmentCode).containsExactly("c", "b");
        var b = results.get(1);
        assertThat(b.content().missionHeadline()).isEqualTo("確定見出し");
        assertThat(b.content().sectionRoles()).containsExactly(new SectionRole("一課", "今の役割"));
        assertThat(b.projects()).extracting(ProjectView::number).containsExactly(1, 2);
        assertThat(b.projects().getFirst().targets().getFirst().actualValue()).isEqualByComparingTo("12");
        assertThat(b.projects().get(1).continuedFromId())
                .isEqualTo(b.projects().getFirst().id());
        assertThat(results.getFirst().content().mission()).isEqualTo("組織の使命");
        assertThat(results.getFirst().projects()).isEmpty();
        var page = reading.execute(s -> plans.resultsOfYear(CODE, YEAR));
        assertThat(page)
                .containsExactly(
                        new PublishedResult(results.getFirst().id(), "c", List.of(), "総括"),
                        new PublishedResult(
                                b.id(),
                                "b",
                                List.of(
                                        new PublishedResult.Goal(1, "事業一", "達成"),
                                        new PublishedResult.Goal(2, "事業二", "できなかった")),
                                "総括"));
        var scale = reading.execute(s -> scales.setting(CODE, ScaleKind.RESULT));
        assertThat(scale.version()).isNotNull();
        assertThat(scale.scale().labels()).containsExactly("できた", "できなかった");
        assertThat(reading.execute(s -> scales.setting(CODE, ScaleKind.MID_YEAR))
                        .version())
                .isNull();
        assertThat(reading.execute(s -> names.setting(CODE)).names()).isEqualTo(new PublicationNames("照合の目標", "照合の結果"));
    }

    private void fixture() {
        jdbc.update(
                "insert into municipality (code, name, prefecture, sample) values (?, '結果照合町', '沖縄県', false)"
                        + " on conflict (code) do nothing",
                CODE);
        long id = jdbc.queryForObject("select id from municipality where code = ?", Long.class, CODE);
        jdbc.update(
                "insert into fiscal_year (municipality_id, start_year, status, opened_at, opened_by)"
                        + " values (?, ?, 'OPEN', now(), '照合') on conflict do nothing",
                id,
                YEAR);
        long yearId = jdbc.queryForObject(
                "select id from fiscal_year where municipality_id = ? and start_year = ?", Long.class, id, YEAR);
        if (jdbc.queryForObject("select count(*) from department_plan where fiscal_year_id = ?", Long.class, yearId)
                > 0) {
            return;
        }
        jdbc.update(
                "insert into department (fiscal_year_id, code, name, display_order, mission_headline, mission,"
                        + " staff_count, budget_yen) values (?, 'b', '乙部', 2, '今の見出し', '今の使命', 9, 500),"
                        + " (?, 'c', '丙部', 1, null, '組織の使命', null, null), (?, 'd', '丁部', 3, null, null, null, null)",
                yearId,
                yearId,
                yearId);
        long b = plan(yearId, "b", "PUBLISHED", "PUBLISHED", SNAPSHOT, 0);
        plan(yearId, "c", "DRAFT", "PUBLISHED", SNAPSHOT, 1);
        long d = plan(yearId, "d", "PUBLISHED", "FINALIZED", SNAPSHOT, 0);
        jdbc.update(
                "insert into plan_project (plan_id, number, title, lead_section, description, main_project, targets,"
                        + " result, result_explanation, policy_element_key) values (?, 1, '事業一', '一課', '説明', true,"
                        + " '[{\"text\":\"件数\",\"measure\":\"数える\",\"targetValue\":10.5,\"unit\":\"件\",\"deadline\":"
                        + "\"2034-03-31\",\"baselineValue\":3,\"baselineYear\":2032,\"actualValue\":12}]', '達成', '説明文',"
                        + " 'K1-1'), (?, 1, '結果未公表', null, null, false, null, null, null, null)",
                b,
                d);
        long first = jdbc.queryForObject("select id from plan_project where plan_id = ? and number = 1", Long.class, b);
        jdbc.update(
                "insert into plan_project (plan_id, number, title, main_project, targets, result, carried_from_id,"
                        + " continued_from_id) values (?, 2, '事業二', false, '', 'できなかった', ?, ?)",
                b,
                first,
                first);
        jdbc.update(
                "insert into progress_scale_setting (municipality_code, kind, levels, version) values (?, 'RESULT',"
                        + " '[{\"label\":\"できた\",\"onSchedule\":true},{\"label\":\"できなかった\",\"onSchedule\":false}]', 4)",
                CODE);
        jdbc.update(
                "insert into plan_publication_names (municipality_code, plans_name, results_name, version)"
                        + " values (?, '照合の目標', '照合の結果', 2)",
                CODE);
    }

    private long plan(long yearId, String department, String status, String results, String snapshot, int revision) {
        jdbc.update(
                "insert into department_plan (fiscal_year_id, department_code, status, policies, section_roles, summary,"
                        + " result_status, revision, revision_reason, published_snapshot, version) values (?, ?, ?,"
                        + " '方針一\\n方針二', '[{\"section\":\"一課\",\"role\":\"今の役割\"}]', '総括', ?, ?, ?, ?, 5)",
                yearId,
                department,
                status,
                results,
                revision,
                revision > 0 ? "改訂理由" : null,
                snapshot);
        return jdbc.queryForObject(
                "select id from department_plan where fiscal_year_id = ? and department_code = ?",
                Long.class,
                yearId,
                department);
    }
}
