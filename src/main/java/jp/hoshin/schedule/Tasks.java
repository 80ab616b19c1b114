package jp.hoshin.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What I must do": the open steps of the open years whose schedule the planning section has set, as far as the staff
 * member owes them or may act on them. Department editors: their departments' steps (unless another person is named
 * 担当者); the mayor's office: plans and results waiting for 確定; the planning section: submissions waiting for 協議,
 * items to publish, and the departments that are late; anyone: what names them as 担当者.
 */
@Service
public class Tasks {

    private final ScheduleProgress progress;
    private final Schedules schedules;
    private final FiscalYears fiscalYears;

    Tasks(ScheduleProgress progress, Schedules schedules, FiscalYears fiscalYears) {
        this.progress = progress;
        this.schedules = schedules;
        this.fiscalYears = fiscalYears;
    }

    /** The staff member's to-dos in their municipality (none for a deployment-wide administrator). */
    @Transactional(readOnly = true)
    public List<Task> forStaff(StaffPrincipal staff) {
        return staff.deploymentWide() ? List.of() : forStaff(staff, staff.municipalityCode());
    }

    /** The staff member's to-dos in one municipality; nothing when they do not belong to it. */
    @Transactional(readOnly = true)
    public List<Task> forStaff(StaffPrincipal staff, String municipalityCode) {
        if (!staff.belongsTo(municipalityCode)) {
            return List.of();
        }
        // a to-do shows no person's name: the names are not looked up
        Map<String, String> names = Map.of();
        List<Task> tasks = new ArrayList<>();
        for (FiscalYearView fy : fiscalYears.list(municipalityCode)) {
            if (!fy.open() || !schedules.isSet(municipalityCode, fy.year().startYear())) {
                continue;
            }
            YearProgress year = progress.progress(fy, names);
            for (YearProgress.Cell cell : year.cells()) {
                task(staff, year, cell).ifPresent(tasks::add);
            }
        }
        tasks.sort(Comparator.comparing((Task t) -> !t.overdue())
                .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Task::fiscalYear));
        return tasks;
    }

    private static java.util.Optional<Task> task(StaffPrincipal staff, YearProgress year, YearProgress.Cell cell) {
        if (cell.phase() != StepProgress.Phase.OPEN || cell.url() == null) {
            return java.util.Optional.empty();
        }
        boolean mine = staff.username().equals(cell.assignee()) || cell.assignee() == null && owes(staff, cell);
        if (!mine
                && !(staff.role() == Role.PLANNING_ADMIN
                        && cell.step().actor() == ScheduleStep.Actor.DEPARTMENT
                        && cell.overdue())) {
            return java.util.Optional.empty();
        }
        String kind = cell.checkpoint() == 0 ? cell.step().name() : cell.step().name() + "-" + cell.checkpoint();
        if (mine) {
            String title = Messages.get("schedule.task.title", cell.stepLabel(), cell.state());
            return java.util.Optional.of(new Task(
                    kind,
                    year.municipalityCode(),
                    year.year().startYear(),
                    cell.departmentCode() == null ? null : cell.departmentName(),
                    title,
                    cell.due(),
                    cell.overdue(),
                    cell.url()));
        }
        if (staff.role() == Role.PLANNING_ADMIN
                && cell.step().actor() == ScheduleStep.Actor.DEPARTMENT
                && cell.overdue()) {
            return java.util.Optional.of(new Task(
                    "LATE-" + kind,
                    year.municipalityCode(),
                    year.year().startYear(),
                    cell.departmentName(),
                    Messages.get("schedule.task.late", cell.stepLabel(), cell.state()),
                    cell.due(),
                    true,
                    cell.url()));
        }
        return java.util.Optional.empty();
    }

    private static boolean owes(StaffPrincipal staff, YearProgress.Cell cell) {
        return switch (cell.step().actor()) {
            case DEPARTMENT ->
                staff.role() == Role.DEPARTMENT_EDITOR
                        && cell.departmentCode() != null
                        && staff.departmentCodes().contains(cell.departmentCode());
            case PLANNING -> staff.role() == Role.PLANNING_ADMIN;
            case REVIEWER -> staff.role() == Role.REVIEWER;
        };
    }
}
