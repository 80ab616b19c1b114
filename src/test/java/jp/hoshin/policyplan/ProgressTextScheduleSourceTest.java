package jp.hoshin.policyplan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule's 取組状況 step as the demo's plans stand: each department owes the texts of the elements it owns in the
 * plans in effect that year, done when all are written, and the to-do leads to the first text still to write.
 */
@SpringBootTest
@Transactional
class ProgressTextScheduleSourceTest {

    private static final String MITAKA = "132047";
    private static final Pattern DETAIL = Pattern.compile("(\\d+)件中(\\d+)件記入済み");
    private static final Pattern FORM = Pattern.compile("/staff/m/132047/policy/([^/?]+)\\?year=(\\d{4})#e-(.+)");

    @Autowired
    ProgressTextScheduleSource source;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    PolicyPlans plans;

    @Test
    void eachDepartmentOwesTheTextsOfItsElementsAndWritingOneCountsIt() {
        // a past year of the demo in which the basic plan is in effect and its elements have owners
        int year = fiscalYears.list(MITAKA).stream()
                .map(FiscalYearView::year)
                .map(y -> y.startYear())
                .filter(y -> y < jp.hoshin.fiscalyear.FiscalYear.current().startYear())
                .filter(y -> !source.progress(MITAKA, y).isEmpty())
                .filter(y -> source.progress(MITAKA, y).stream().anyMatch(p -> !p.done()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo year with progress texts still to write"));
        List<StepProgress> before = source.progress(MITAKA, year);
        assertThat(before).allSatisfy(p -> {
            assertThat(p.step()).isEqualTo(ScheduleStep.PROGRESS_TEXTS);
            assertThat(p.departmentCode()).isNotNull().isNotEqualTo(ElementOwners.EVERY_DEPARTMENT);
            Matcher m = DETAIL.matcher(p.detail());
            assertThat(m.matches()).isTrue();
            assertThat(p.done()).isEqualTo(m.group(1).equals(m.group(2)));
        });
        StepProgress open = before.stream().filter(p -> !p.done()).findFirst().orElseThrow();
        assertThat(open.phase()).as("a past year's texts are owed now").isEqualTo(StepProgress.Phase.OPEN);
        Matcher form = FORM.matcher(open.url());
        assertThat(form.matches()).as(open.url()).isTrue();
        Matcher counts = DETAIL.matcher(open.detail());
        assertThat(counts.matches()).isTrue();
        int written = Integer.parseInt(counts.group(2));

        assertThat(form.group(2)).isEqualTo(String.valueOf(year));
        plans.writeProgress(MITAKA, form.group(1), form.group(3), year, PolicyPlans.NEW_TEXT, "窓口の案内を見直しました。");

        StepProgress after = source.progress(MITAKA, year).stream()
                .filter(p -> open.departmentCode().equals(p.departmentCode()))
                .findFirst()
                .orElseThrow();
        Matcher now = DETAIL.matcher(after.detail());
        assertThat(now.matches()).isTrue();
        assertThat(Integer.parseInt(now.group(2))).isEqualTo(written + 1);
        assertThat(after.url()).isNotEqualTo(open.url());
    }

    @Test
    void theYearInProgressOwesNothingYet() {
        int current = jp.hoshin.fiscalyear.FiscalYear.current().startYear();
        assertThat(source.progress(MITAKA, current))
                .allSatisfy(p -> assertThat(p.phase()).isIn(StepProgress.Phase.WAITING, StepProgress.Phase.DONE));
    }
}
