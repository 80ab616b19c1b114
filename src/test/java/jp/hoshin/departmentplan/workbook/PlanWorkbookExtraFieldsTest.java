package jp.hoshin.departmentplan.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.DefinitionDraft;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldKind;
import jp.hoshin.customfield.FieldTarget;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanExtraFields;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 独自項目 through the plan workbook: a column per project field and a sheet of the plan's fields, values written back
 * and read in; a wrong value is a problem with sheet, row and column (nothing saved); a workbook without the columns
 * leaves the values as they are.
 */
@SpringBootTest
@Transactional
class PlanWorkbookExtraFieldsTest {

    private static final String MITAKA = "132047";
    private static final int YEAR = 2009;
    private static final PlanReference PLAN = new PlanReference(MITAKA, YEAR, "kikaku");

    @Autowired
    PlanWorkbooks workbooks;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    PlanExtraFields extraFields;

    @Autowired
    CustomFields fields;

    @Autowired
    FiscalYears fiscalYears;

    FieldDefinitionView number;
    FieldDefinitionView rank;
    long projectId;

    @BeforeEach
    void planWithValues() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        }
        number = fields.define(
                MITAKA, FieldTarget.PLAN, new DefinitionDraft("分類番号", FieldKind.NUMBER, List.of(), false, 1, null));
        rank = fields.define(
                MITAKA,
                FieldTarget.PROJECT,
                new DefinitionDraft("重点区分", FieldKind.CHOICE, List.of("A", "B"), false, 1, null));
        DepartmentPlanView plan = plans.startDraft(PLAN);
        plan = plans.addProject(
                PLAN, plan.version(), new ProjectContent("地域情報化の推進", "情報推進課", null, true, List.of(), null));
        projectId = plan.projects().getFirst().id();
        plan = extraFields.write(PLAN, plan.version(), Map.of(number.id(), "7"));
        extraFields.writeProject(PLAN, plan.version(), 1, Map.of(rank.id(), "A"));
    }

    private static byte[] edit(byte[] workbook, java.util.function.Consumer<Workbook> change) throws Exception {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private PlanWorkbooks.ImportOutcome upload(byte[] workbook) {
        return workbooks.importWorkbook(MITAKA, YEAR, "kikaku", workbook.length, new ByteArrayInputStream(workbook));
    }

    @Test
    void theFieldsGoOutAsColumnsAndASheetAndComeBackIn() throws Exception {
        byte[] exported = workbooks.export(MITAKA, YEAR, "kikaku").content();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet projects = book.getSheet("個別事業");
            assertThat(projects.getRow(0).getCell(5).getStringCellValue()).isEqualTo("重点区分");
            assertThat(projects.getRow(1).getCell(5).getStringCellValue()).isEqualTo("A");
            Sheet own = book.getSheet("部の独自項目");
            assertThat(own.getRow(1).getCell(0).getStringCellValue()).isEqualTo("分類番号");
            assertThat(own.getRow(1).getCell(1).getStringCellValue()).isEqualTo("7");
        }

        byte[] unchanged = upload(exported).replacement() == null ? null : exported;
        assertThat(unchanged).as("an unchanged workbook imports").isNotNull();

        DepartmentPlanView plan = plans.find(PLAN).orElseThrow();
        byte[] changed = edit(workbooks.export(MITAKA, YEAR, "kikaku").content(), book -> {
            book.getSheet("個別事業").getRow(1).getCell(5).setCellValue("Ｂ");
            book.getSheet("部の独自項目").getRow(1).getCell(1).setCellValue("１２");
        });
        PlanWorkbooks.ImportOutcome outcome = upload(changed);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.succeeded()).isTrue();
        assertThat(fields.values(FieldTarget.PROJECT, projectId)).containsEntry(rank.id(), "B");
        assertThat(fields.values(FieldTarget.PLAN, plan.id())).containsEntry(number.id(), "12");
    }

    @Test
    void aValueNotInTheListIsAProblemWithItsPlaceAndNothingIsSaved() throws Exception {
        byte[] wrong = edit(workbooks.export(MITAKA, YEAR, "kikaku").content(), book -> {
            book.getSheet("個別事業").getRow(1).getCell(5).setCellValue("Z");
            book.getSheet("部の独自項目").getRow(1).getCell(1).setCellValue("たくさん");
        });
        PlanWorkbooks.ImportOutcome outcome = upload(wrong);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems().stream().map(ExchangeProblem::text))
                .contains(
                        "「個別事業」シート 2行目 F列: 重点区分は次のいずれかを入力してください：A、B",
                        "「部の独自項目」シート 2行目 B列: 分類番号は数値で入力してください（例：1,200、１２．５）。");
        assertThat(fields.values(FieldTarget.PROJECT, projectId)).containsEntry(rank.id(), "A");
    }

    @Test
    void aWorkbookWithoutTheFieldsImportsAndLeavesTheirValues() throws Exception {
        byte[] old = edit(workbooks.export(MITAKA, YEAR, "kikaku").content(), book -> {
            Sheet projects = book.getSheet("個別事業");
            for (Row row : projects) {
                if (row.getCell(5) != null) {
                    row.removeCell(row.getCell(5));
                }
            }
            book.removeSheetAt(book.getSheetIndex("部の独自項目"));
        });
        PlanWorkbooks.ImportOutcome outcome = upload(old);
        assertThat(outcome.problems()).isEmpty();
        assertThat(fields.values(FieldTarget.PROJECT, projectId)).containsEntry(rank.id(), "A");
        assertThat(fields.values(
                        FieldTarget.PLAN, plans.find(PLAN).orElseThrow().id()))
                .containsEntry(number.id(), "7");
    }
}
