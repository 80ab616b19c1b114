package jp.hoshin.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffNames;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the year's deadlines and what every {@link ScheduleSource} reports together into the departments × steps
 * table. Who may read it is the caller's business (the pages and the API ask {@code Access}).
 */
@Service
public class ScheduleProgress {

    private final Schedules schedules;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final List<ScheduleSource> sources;
    private final StaffNames staffNames;
    private final Clock clock;

    ScheduleProgress(
            Schedules schedules,
            FiscalYears fiscalYears,
            Organization organization,
            List<ScheduleSource> sources,
            StaffNames staffNames,
            Clock clock) {
        this.schedules = schedules;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.sources = sources;
        this.staffNames = staffNames;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
    }

    @Transactional(readOnly = true)
    public YearProgress progress(String municipalityCode, int year) {
        return progress(fiscalYears.get(municipalityCode, year), staffNames.byUsername());
    }

    /** The same without people's names (done by, changed by stay user names): for reminders, which name nobody. */
    @Transactional(readOnly = true)
    public YearProgress progressWithoutNames(String municipalityCode, int year) {
        return progress(fiscalYears.get(municipalityCode, year), Map.of());
    }

    @Transactional(readOnly = true)
    YearProgress progress(FiscalYearView fy, Map<String, String> names) {
        String code = fy.municipalityCode();
        int year = fy.year().startYear();
        ScheduleView schedule = schedules.schedule(fy);
        List<DepartmentView> departments = organization.departments(fy);
        Set<ScheduleStep> tracked = EnumSet.noneOf(ScheduleStep.class);
        Map<String, StepProgress> reported = new HashMap<>();
        for (ScheduleSource source : sources) {
            tracked.addAll(source.steps());
            for (StepProgress p : source.progress(code, year)) {
                reported.put(key(p.step(), p.checkpoint(), p.departmentCode()), p);
            }
        }
        LocalDate today = today();
        List<DeadlineView> columns = schedule.columns();
        List<YearProgress.Row> rows = new ArrayList<>();
        int[][] counts = new int[columns.size()][3];
        for (DepartmentView d : departments) {
            rows.add(row(d.code(), d.name(), columns, schedule, reported, tracked, names, today, counts));
        }
        if (columns.stream().anyMatch(c -> !c.step().perDepartment())) {
            rows.add(row(
                    null,
                    Messages.get("schedule.wholeMunicipality"),
                    columns,
                    schedule,
                    reported,
                    tracked,
                    names,
                    today,
                    counts));
        }
        List<YearProgress.Column> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            DeadlineView c = columns.get(i);
            cols.add(new YearProgress.Column(
                    c.step(),
                    c.checkpoint(),
                    c.step().label(c.checkpoint()),
                    c.due(),
                    tracked.contains(c.step()),
                    counts[i][0],
                    counts[i][1],
                    counts[i][2]));
        }
        return new YearProgress(code, fy.year(), today, schedule.stored(), cols, rows);
    }

    private YearProgress.Row row(
            @Nullable String departmentCode,
            String departmentName,
            List<DeadlineView> columns,
            ScheduleView schedule,
            Map<String, StepProgress> reported,
            Set<ScheduleStep> tracked,
            Map<String, String> names,
            LocalDate today,
            int[][] counts) {
        List<YearProgress.@Nullable Cell> cells = new ArrayList<>(columns.size());
        // who acts when no 担当者 is named, once per line (a message per cell was most of the table's cost)
        Map<ScheduleStep.Actor, String> responsible = new java.util.EnumMap<>(ScheduleStep.Actor.class);
        responsible.put(ScheduleStep.Actor.DEPARTMENT, Messages.get("schedule.responsible.department", departmentName));
        responsible.put(ScheduleStep.Actor.PLANNING, Role.PLANNING_ADMIN.label());
        responsible.put(ScheduleStep.Actor.REVIEWER, Role.REVIEWER.label());
        for (int i = 0; i < columns.size(); i++) {
            DeadlineView c = columns.get(i);
            if (c.step().perDepartment() != (departmentCode != null)) {
                cells.add(null);
                continue;
            }
            YearProgress.Cell cell = cell(
                    c.step(),
                    c.checkpoint(),
                    departmentCode,
                    departmentName,
                    schedule,
                    reported.get(key(c.step(), c.checkpoint(), departmentCode)),
                    tracked.contains(c.step()),
                    names,
                    today,
                    responsible);
            if (reported.containsKey(key(c.step(), c.checkpoint(), departmentCode))) {
                counts[i][1]++;
            }
            if (cell.done()) {
                counts[i][0]++;
            }
            if (cell.overdue()) {
                counts[i][2]++;
            }
            cells.add(cell);
        }
        return new YearProgress.Row(departmentCode, departmentName, cells);
    }

    private static YearProgress.Cell cell(
            ScheduleStep step,
            int checkpoint,
            @Nullable String departmentCode,
            String departmentName,
            ScheduleView schedule,
            @Nullable StepProgress p,
            boolean tracked,
            Map<String, String> names,
            LocalDate today,
            Map<ScheduleStep.Actor, String> responsible) {
        LocalDate due = schedule.due(step, checkpoint, departmentCode);
        String assignee = schedule.assignee(step, checkpoint, departmentCode);
        StepProgress.Phase phase = p == null ? StepProgress.Phase.WAITING : p.phase();
        String state = p != null
                ? p.state()
                : tracked ? Messages.get("schedule.state.none") : Messages.get("schedule.state.untracked");
        boolean overdue =
                tracked && due != null && today.isAfter(due) && phase != StepProgress.Phase.DONE && (p != null);
        return new YearProgress.Cell(
                step,
                checkpoint,
                departmentCode,
                departmentName,
                state,
                phase,
                tracked,
                due,
                overdue,
                p == null ? null : p.doneAt(),
                p == null || p.doneBy() == null ? null : names.getOrDefault(p.doneBy(), p.doneBy()),
                p == null ? null : p.changedAt(),
                p == null || p.changedBy() == null ? null : names.getOrDefault(p.changedBy(), p.changedBy()),
                p == null ? null : p.url(),
                assignee != null ? names.getOrDefault(assignee, assignee) : responsible.get(step.actor()),
                assignee,
                p == null ? null : p.detail());
    }

    private static String key(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return step.name() + "/" + checkpoint + "/" + (departmentCode == null ? "" : departmentCode);
    }
}
