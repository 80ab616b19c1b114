package jp.hoshin.schedule;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year's schedule against the real database and every module's progress: to-do lists per role, the schedule API
 * (JSON and iCalendar), the deadline form's checks, the carry-over into a new year, the progress page and its export.
 * Year 2009 of 三鷹市 (organisation of 2003) with deadlines in 2009, all passed by now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ScheduleTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2009;
    private static final String PASSWORD = "hoshin-demo-local";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Schedules schedules;

    @Autowired
    Tasks tasks;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @BeforeEach
    void yearWithPlans() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
        List<DeadlineView> rows = new ArrayList<>(Schedules.defaults(FiscalYear.of(YEAR)));
        rows.add(new DeadlineView(ScheduleStep.PLAN_SUBMIT, 0, "shimin", LocalDate.of(2010, 3, 31), null));
        schedules.save(MITAKA, YEAR, ScheduleView.NEW, rows);
        draft("kikaku");
        DepartmentPlanView somu = submitted("somu");
        workflow.sendBack(ref("somu"), somu.version(), "mitaka-admin", "目標を数字で書いてください。");
        submitted("seikatsu-kankyo");
        DepartmentPlanView kenko = submitted("kenko-fukushi");
        workflow.startConsultation(ref("kenko-fukushi"), kenko.version(), "mitaka-admin");
    }

    private static PlanReference ref(String department) {
        return new PlanReference(MITAKA, YEAR, department);
    }

    private DepartmentPlanView draft(String department) {
        DepartmentPlanView plan = plans.startDraft(ref(department));
        return plans.addProject(
                ref(department), plan.version(), new ProjectContent("事業", null, null, false, List.of(), null));
    }

    private DepartmentPlanView submitted(String department) {
        DepartmentPlanView plan = draft(department);
        return workflow.submit(ref(department), plan.version(), "mitaka-" + department);
    }

    private List<Task> tasksOf(String username) {
        return tasks.forStaff(signIns.principal(username).orElseThrow()).stream()
                .filter(t -> t.fiscalYear() == YEAR)
                .toList();
    }

    @Test
    void aDepartmentEditorSeesOnlyTheirOwnDepartmentsWork() {
        List<Task> kikaku = tasksOf("mitaka-kikaku");
        assertThat(kikaku).extracting(Task::department).containsOnly("企画部");
        assertThat(kikaku)
                .filteredOn(t -> t.kind().equals("PLAN_SUBMIT"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.overdue()).isTrue();
                    assertThat(t.due()).isEqualTo(LocalDate.of(2009, 4, 20));
                    assertThat(t.url()).isEqualTo("/staff/m/132047/2009/plans/kikaku");
                    assertThat(t.title()).isEqualTo("運営方針と目標 提出（作成中）");
                });
        List<Task> somu = tasksOf("mitaka-somu");
        assertThat(somu).extracting(Task::department).containsOnly("総務部");
        assertThat(somu).extracting(Task::title).contains("運営方針と目標 提出（差し戻し）");
    }

    @Test
    void theMayorsOfficeSeesPlansWaitingForFinalisationAndThePlanningSectionWhatIsLate() {
        assertThat(tasksOf("mitaka-review"))
                .extracting(Task::kind, Task::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN_FINALIZE", "健康福祉部"));
        List<Task> planning = tasksOf("mitaka-admin");
        assertThat(planning)
                .extracting(Task::kind, Task::department)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("PLAN_CONSULT", "生活環境部"),
                        org.assertj.core.groups.Tuple.tuple("LATE-PLAN_SUBMIT", "企画部"),
                        org.assertj.core.groups.Tuple.tuple("LATE-PLAN_SUBMIT", "総務部"),
                        org.assertj.core.groups.Tuple.tuple("WHITE_PAPER", null))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("PLAN_FINALIZE", "健康福祉部"));
        assertThat(planning).first().extracting(Task::overdue).isEqualTo(true);
    }

    @Test
    void viewersAndOtherMunicipalitiesSeeNothingOfThisOne() throws Exception {
        assertThat(tasksOf("mitaka-viewer")).isEmpty();
        assertThat(tasks.forStaff(signIns.principal("sample-admin").orElseThrow(), MITAKA))
                .isEmpty();
        String json = mvc.perform(get("/api/v1/me/tasks").with(httpBasic("sample-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("132047");
    }

    @Test
    void myTasksAsJsonHaveTheAgreedFields() throws Exception {
        String json = mvc.perform(get("/api/v1/me/tasks").with(httpBasic("mitaka-kikaku", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"kind\":\"PLAN_SUBMIT\"",
                        "\"municipality\":\"132047\"",
                        "\"fiscalYear\":2009",
                        "\"department\":\"企画部\"",
                        "\"due\":\"2009-04-20\"",
                        "\"overdue\":true",
                        "\"url\":\"/staff/m/132047/2009/plans/kikaku\"");
        mvc.perform(get("/api/v1/me/tasks")).andExpect(status().isUnauthorized());
    }

    @Test
    void theScheduleApiAnswersStaffOfTheMunicipalityOnly() throws Exception {
        String json = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2009/schedule")
                        .with(httpBasic("mitaka-viewer", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"step\":\"PLAN_SUBMIT\"", "\"due\":\"2009-04-20\"", "\"department\":\"shimin\"")
                .contains("\"name\":\"総務部\"", "\"state\":\"差し戻し\"", "\"overdue\":true")
                .contains("\"phase\":\"DONE\"", "\"doneBy\":\"mitaka-seikatsu-kankyo\"");
        String ics = mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2009/schedule.ics")
                        .with(httpBasic("mitaka-kikaku", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20090420\r\n", "SUMMARY:三鷹市 運営方針と目標 提出（期限）", "END:VCALENDAR");
        assertThat(ics.lines())
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2009/schedule")
                        .with(httpBasic("sample-admin", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2009/schedule.ics"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDeadlineOutsideTheYearIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        long version = schedules.schedule(MITAKA, YEAR).version();
        var request = post("/staff/m/132047/2009/schedule")
                .with(StaffUsers.as(signIns, "mitaka-admin"))
                .with(csrf())
                .param("version", String.valueOf(version));
        List<DeadlineView> rows = schedules.schedule(MITAKA, YEAR).defaults();
        for (int i = 0; i < rows.size(); i++) {
            DeadlineView d = rows.get(i);
            request.param("lines[" + i + "].step", d.step().name())
                    .param("lines[" + i + "].checkpoint", String.valueOf(d.checkpoint()))
                    .param("lines[" + i + "].perDepartment", "false")
                    .param(
                            "lines[" + i + "].due",
                            i == 0
                                    ? "２０１１年４月１日"
                                    : d.due() == null ? "" : d.due().toString());
        }
        Document page = Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("due-0-error").text())
                .isEqualTo("運営方針と目標 提出の期限は平成21（2009）年4月1日から平成22（2010）年3月31日までの日付にしてください。");
        assertThat(page.getElementById("due-0").val()).isEqualTo("２０１１年４月１日");
        assertThat(page.getElementById("due-0").attr("aria-describedby")).isEqualTo("due-0-error");
        ScheduleView after = schedules.schedule(MITAKA, YEAR);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.due(ScheduleStep.PLAN_SUBMIT, 0, null)).isEqualTo(LocalDate.of(2009, 4, 20));
    }

    @Test
    void aStaleScheduleIsRefusedAndAGoodOneSavedWithFullWidthDates() throws Exception {
        long version = schedules.schedule(MITAKA, YEAR).version();
        String page = mvc.perform(post("/staff/m/132047/2009/schedule")
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf())
                        .param("version", String.valueOf(version + 5))
                        .param("lines[0].step", "PLAN_SUBMIT")
                        .param("lines[0].checkpoint", "0")
                        .param("lines[0].due", "平成21年5月1日"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("他の職員が更新しました");
        assertThat(schedules.schedule(MITAKA, YEAR).due(ScheduleStep.PLAN_SUBMIT, 0, null))
                .isEqualTo(LocalDate.of(2009, 4, 20));
        mvc.perform(post("/staff/m/132047/2009/schedule")
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("lines[0].step", "PLAN_SUBMIT")
                        .param("lines[0].checkpoint", "0")
                        .param("lines[0].due", "Ｈ２１．５．１")
                        .param("lines[1].perDepartment", "true")
                        .param("lines[1].department", "kikaku")
                        .param("lines[1].step", "PLAN_SUBMIT")
                        .param("lines[1].assignee", "mitaka-kikaku"))
                .andExpect(status().is3xxRedirection());
        ScheduleView saved = schedules.schedule(MITAKA, YEAR);
        assertThat(saved.due(ScheduleStep.PLAN_SUBMIT, 0, "kikaku")).isEqualTo(LocalDate.of(2009, 5, 1));
        assertThat(saved.assignee(ScheduleStep.PLAN_SUBMIT, 0, "kikaku")).isEqualTo("mitaka-kikaku");
        assertThat(saved.deadlines()).hasSize(2);
        mvc.perform(post("/staff/m/132047/2009/schedule")
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .with(csrf())
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewYearStartsWithLastYearsScheduleMovedOneYear() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR + 1), "test");
        ScheduleView next = schedules.schedule(MITAKA, YEAR + 1);
        assertThat(next.stored()).isTrue();
        assertThat(next.due(ScheduleStep.PLAN_SUBMIT, 0, null)).isEqualTo(LocalDate.of(2010, 4, 20));
        assertThat(next.due(ScheduleStep.PLAN_SUBMIT, 0, "shimin")).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(next.due(ScheduleStep.WHITE_PAPER, 0, null)).isEqualTo(LocalDate.of(2011, 7, 31));
    }

    @Test
    void theProgressPageShowsEveryDepartmentAndStepAndTheLateOnesInWords() throws Exception {
        Document page = Jsoup.parse(
                mvc.perform(get("/staff/m/132047/2009/progress").with(StaffUsers.as(signIns, "mitaka-review")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        var table = page.selectFirst("table.progress-table");
        assertThat(table.select("tbody th")).extracting(e -> e.text()).contains("企画部", "総務部", "全庁");
        var kikaku = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("企画部"))
                .findFirst()
                .orElseThrow();
        assertThat(kikaku.select("td").first().text()).contains("作成中", "期限超過", "平成21（2009）年4月20日");
        assertThat(kikaku.select("td").first().hasClass("overdue")).isTrue();
        Document late = Jsoup.parse(
                mvc.perform(get("/staff/m/132047/2009/progress?overdue=1").with(StaffUsers.as(signIns, "mitaka-admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(late.select("table.progress-table tbody tr"))
                .allSatisfy(r -> assertThat(r.text()).contains("期限超過"));
        mvc.perform(get("/staff/m/132047/2009/progress").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/m/132047/2009/progress").with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgressExportHasALinePerDepartmentAndStep() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/staff/m/132047/2009/progress.xlsx").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("部");
            List<String> kikakuSubmit = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 2
                        && row.getCell(0).getStringCellValue().equals("企画部")
                        && row.getCell(1).getStringCellValue().equals("運営方針と目標 提出")) {
                    for (int i = 0; i < 5; i++) {
                        kikakuSubmit.add(row.getCell(i).getStringCellValue());
                    }
                }
            }
            assertThat(kikakuSubmit).containsExactly("企画部", "運営方針と目標 提出", "作成中", "期限超過", "平成21（2009）年4月20日");
        }
    }

    @Test
    void theStaffHomeStartsWithTheToDoList() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/staff/m/132047").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var item = page.select("ul.tasks li.overdue").stream()
                .filter(li -> li.text().contains("平成21（2009）年度"))
                .findFirst()
                .orElseThrow();
        assertThat(item.text()).startsWith("【期限超過】 運営方針と目標 提出（作成中）");
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("/staff/m/132047/2009/plans/kikaku");
        assertThat(page.select("ul.tasks li"))
                .allSatisfy(li -> assertThat(li.text()).doesNotContain("総務部"));
    }
}
