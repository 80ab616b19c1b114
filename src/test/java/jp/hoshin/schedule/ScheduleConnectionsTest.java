package jp.hoshin.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.notification.ReminderFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule joined to the rest, on the demo's year in progress (三鷹市, deadlines relative to today): the reminders'
 * feed reads the schedule's open steps with who owes them, and the mid-year check reports its 提出 to the schedule.
 */
@SpringBootTest
@Transactional
class ScheduleConnectionsTest {

    private static final String MITAKA = "132047";

    @Autowired
    ReminderFeed feed;

    @Autowired
    ScheduleProgress progress;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
    }

    @Test
    void theRemindersFeedIsTheSchedulesOpenStepsWithWhoOwesThem() {
        List<ReminderFeed.OpenItem> items = feed.openItems(today().plusDays(3));
        int year = FiscalYear.containing(today()).startYear();
        // 企画部 is late with its plan's 提出: its editors are reminded, with the page where it is done
        assertThat(items)
                .filteredOn(i -> i.municipalityCode().equals(MITAKA)
                        && i.fiscalYear() == year
                        && "kikaku".equals(i.departmentCode())
                        && i.url().endsWith("/plans/kikaku"))
                .isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.due()).isBefore(today());
                    assertThat(i.responsibleAccounts()).contains("mitaka-kikaku");
                    assertThat(i.title()).contains("提出");
                });
        // nothing due later than asked, and nobody reminded of what is done
        assertThat(items).allSatisfy(i -> assertThat(i.due()).isBeforeOrEqualTo(today().plusDays(3)));
        // (a department whose 提出 is done may still be owed its 協議 at the same page: the step tells them apart)
        YearProgress year1 = progress.progressWithoutNames(MITAKA, year);
        List<YearProgress.Cell> done =
                year1.cells().stream().filter(YearProgress.Cell::done).toList();
        assertThat(done).isNotEmpty();
        assertThat(items)
                .filteredOn(i -> i.municipalityCode().equals(MITAKA) && i.fiscalYear() == year)
                .noneSatisfy(i -> assertThat(done).anySatisfy(c -> {
                    assertThat(c.url()).isEqualTo(i.url());
                    assertThat(i.title()).startsWith(c.stepLabel() + "（");
                }));
    }

    @Test
    void theMidYearCheckReportsItsSubmissionToTheSchedule() {
        int year = FiscalYear.containing(today()).startYear();
        YearProgress p = progress.progressWithoutNames(MITAKA, year);
        assertThat(p.columns())
                .filteredOn(c -> c.step() == ScheduleStep.MIDYEAR && c.checkpoint() == 1)
                .singleElement()
                .satisfies(c -> assertThat(c.tracked())
                        .as("a source reports the mid-year check")
                        .isTrue());
        List<YearProgress.Cell> midYear =
                p.cells().stream().filter(c -> c.step() == ScheduleStep.MIDYEAR).toList();
        // the demo's finalised plans have their check (公表, 確認済 …: the department's 提出 is done) …
        assertThat(midYear)
                .filteredOn(YearProgress.Cell::done)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.url()).endsWith("/midyear/1"));
        // … a department without a finalised plan has nothing to check yet
        assertThat(midYear)
                .filteredOn(c -> !c.done())
                .allSatisfy(c -> assertThat(c.phase()).isIn(StepProgress.Phase.WAITING, StepProgress.Phase.OPEN));
    }
}
