package jp.hoshin.evaluation;

import java.util.List;

import jp.hoshin.WorkbookMutations;
import jp.hoshin.evaluation.workbook.SheetWorkbooks;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.Fuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the evaluation workbook import against the embedded PostgreSQL: 400 workbooks exported by Hoshin and then
 * edited anywhere ({@link Fuzz}, {@link WorkbookMutations}) are imported; none throws, and one that is refused leaves
 * every sheet exactly as it was (all or nothing). Rolled back.
 */
@SpringBootTest
@Transactional
class SheetWorkbookFuzzTest {

    static final String MITAKA = EvaluationWorkflowTest.MITAKA;
    static final int YEAR = EvaluationWorkflowTest.YEAR;

    @Autowired
    Evaluations evaluations;

    @Autowired
    SheetWorkbooks workbooks;

    @Autowired
    FiscalYears fiscalYears;

    @Test
    void editedWorkbooksAreTakenWholeOrRefusedWholeNeverThrown() {
        fiscalYears.open(MITAKA, FiscalYear.of(YEAR), "test");
        evaluations.setLaborUnitCost(MITAKA, YEAR, 8_000_000L);
        EvaluationSheetView a =
                evaluations.create(MITAKA, YEAR, "toshi-seibi", SheetContent.named("仮の名前", null), "test");
        evaluations.write(
                new SheetReference(MITAKA, YEAR, a.number()), a.version(), EvaluationWorkflowTest.streetLights(YEAR));
        evaluations.create(MITAKA, YEAR, "kikaku", SheetContent.named("二つ目の事業", null), "test");
        byte[] exported = workbooks.export(MITAKA, YEAR, s -> true);
        byte[][] current = {exported};
        int[] refused = {0};
        int[] taken = {0};
        int cases = Fuzz.run(
                "SheetWorkbookFuzzTest.editedWorkbooksAreTakenWholeOrRefusedWholeNeverThrown", 400, (fuzz, i) -> {
                    List<WorkbookMutations.Mutation> edits = WorkbookMutations.mutations(fuzz, 60, 14);
                    List<Long> before = versions();
                    SheetWorkbooks.Outcome outcome = workbooks.importWorkbook(
                            MITAKA, YEAR, WorkbookMutations.apply(current[0], edits), s -> true);
                    if (outcome.succeeded()) {
                        taken[0]++;
                        current[0] = workbooks.export(MITAKA, YEAR, s -> true);
                    } else {
                        refused[0]++;
                        assertThat(versions())
                                .as("nothing half-written after " + edits)
                                .isEqualTo(before);
                        assertThat(outcome.problems())
                                .allSatisfy(p ->
                                        assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
                    }
                });
        assertThat(refused[0] + taken[0]).isEqualTo(cases);
        if (Fuzz.allCases()) {
            assertThat(cases).isEqualTo(400);
            assertThat(refused[0])
                    .as("most random edits are refused with a reason")
                    .isPositive();
        }
    }

    private List<Long> versions() {
        return evaluations.sheets(MITAKA, YEAR).stream()
                .map(EvaluationSheetView::version)
                .toList();
    }
}
