package jp.hoshin.departmentplan.workbook;

import java.io.ByteArrayInputStream;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan workbook carries the department's mid-year checks on a read-only sheet, and still imports unchanged. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MidYearWorkbookTest {

    private static final PlanReference KIKAKU = new PlanReference("132047", 2004, "kikaku");
    private static final String PAGE = "/staff/m/132047/2004/plans/kikaku";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    MidYearChecks checks;

    @Autowired
    FiscalYears fiscalYears;

    @Test
    void theMidYearSheetIsWrittenAndAnUnchangedWorkbookStillImports() throws Exception {
        fiscalYears.open("132047", FiscalYear.of(2004), "test");
        DepartmentPlanView plan = plans.startDraft(KIKAKU);
        plan = plans.addProject(
                KIKAKU, plan.version(), new ProjectContent("ホームページリニューアル", null, null, false, List.of(), null));
        plan = workflow.submit(KIKAKU, plan.version(), "u");
        plan = workflow.startConsultation(KIKAKU, plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(KIKAKU, plan.version(), "u");
        checks.record(KIKAKU, 1, null, List.of(new MidYearChecks.Line(1, "遅れ", "業者選定が遅れています", "アクセス件数 90,000件")), "u");
        workflow.startRevision(KIKAKU, plan.version(), "u", "事業の見直し");

        byte[] workbook = mvc.perform(get(PAGE + "/workbook").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet("中間確認（参照用）");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("進捗");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("上半期");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("平成16（2004）年9月30日");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("作成中");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("遅れ");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("アクセス件数 90,000件");
        }
        MvcResult result = mvc.perform(multipart(PAGE + "/workbook")
                        .file(new MockMultipartFile("file", "plan.xlsx", PlanWorkbooks.CONTENT_TYPE, workbook))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getFlashMap().get("importProblems")).isNull();
        assertThat(result.getFlashMap().get("flash")).isEqualTo("変更はありませんでした（Excelの内容は今の運営方針と目標と同じです）。");
    }
}
