package jp.hoshin.schedule.web;

import java.util.List;
import java.util.Optional;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffHomePanel;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.schedule.Schedules;
import jp.hoshin.schedule.Task;
import jp.hoshin.schedule.Tasks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The to-do list at the top of the municipality's staff home, where every signed-in staff member lands. Public only so
 * that its compiled template ({@code src/main/jte/schedule/tasks.jte}) can name the list's records.
 */
@Component
public final class TaskPanel implements StaffHomePanel {

    static final String TEMPLATE = "schedule/tasks";

    private final Tasks tasks;
    private final FiscalYears fiscalYears;
    private final Schedules schedules;

    TaskPanel(Tasks tasks, FiscalYears fiscalYears, Schedules schedules) {
        this.tasks = tasks;
        this.fiscalYears = fiscalYears;
        this.schedules = schedules;
    }

    /** A to-do as the list shows it. */
    public record Line(
            String title, @Nullable String department, String yearLabel, String dueText, boolean overdue, String url) {}

    /** An open year's schedule page and, for the planning section and the mayor's office, its progress page. */
    public record YearLink(
            String label, String scheduleUrl, @Nullable String progressUrl) {}

    /** The list, and the links to the open years' schedules. */
    public record TaskList(List<Line> lines, boolean empty, List<YearLink> years) {}

    @Override
    public Optional<Content> content(StaffPrincipal staff, String municipalityCode) {
        List<Line> lines = tasks.forStaff(staff, municipalityCode).stream()
                .map(TaskPanel::line)
                .toList();
        boolean reviews = staff.role() == Role.PLANNING_ADMIN || staff.role() == Role.REVIEWER;
        List<FiscalYearView> open = fiscalYears.list(municipalityCode).stream()
                .filter(FiscalYearView::open)
                .toList();
        // the newest open year, and any other whose schedule has been saved
        List<YearLink> years = open.stream()
                .filter(y -> y.equals(open.getFirst())
                        || schedules.isSet(municipalityCode, y.year().startYear()))
                .map(y -> {
                    String base =
                            "/staff/m/" + municipalityCode + "/" + y.year().startYear();
                    return new YearLink(y.year().label(), base + "/schedule", reviews ? base + "/progress" : null);
                })
                .toList();
        return Optional.of(new Content(TEMPLATE, new TaskList(lines, lines.isEmpty(), years)));
    }

    static Line line(Task t) {
        return new Line(
                t.title(),
                t.department(),
                FiscalYear.of(t.fiscalYear()).label(),
                t.due() == null ? "" : ProgressCells.date(t.due()),
                t.overdue(),
                t.url());
    }
}
