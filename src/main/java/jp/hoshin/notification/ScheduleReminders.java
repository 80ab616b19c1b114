package jp.hoshin.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.identity.StaffContact;
import jp.hoshin.schedule.ScheduleProgress;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.Schedules;
import jp.hoshin.schedule.StepProgress;
import jp.hoshin.schedule.YearProgress;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders' feed from the year's schedule: every step still to be taken now ({@code OPEN}) whose deadline falls on
 * or before the day asked, in every open year whose schedule the planning section saved. Who is reminded is who owes the
 * step: the named 担当者, else the department's editors, the planning section or the mayor's office (as the to-do lists
 * say, {@code schedule.Tasks}).
 */
@Component
class ScheduleReminders implements ReminderFeed {

    private final Schedules schedules;
    private final ScheduleProgress progress;
    private final StaffAccounts accounts;

    ScheduleReminders(Schedules schedules, ScheduleProgress progress, StaffAccounts accounts) {
        this.schedules = schedules;
        this.progress = progress;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenItem> openItems(LocalDate dueBy) {
        List<OpenItem> items = new ArrayList<>();
        for (Schedules.SavedYear saved : schedules.savedOpenYears()) {
            YearProgress year = progress.progressWithoutNames(saved.municipalityCode(), saved.year());
            Recipients recipients = new Recipients(saved.municipalityCode());
            for (YearProgress.Cell cell : year.cells()) {
                if (cell.phase() != StepProgress.Phase.OPEN
                        || cell.due() == null
                        || cell.due().isAfter(dueBy)
                        || cell.url() == null) {
                    continue;
                }
                List<String> who = cell.assignee() != null
                        ? List.of(cell.assignee())
                        : recipients.of(cell.step().actor(), cell.departmentCode());
                if (who.isEmpty()) {
                    continue;
                }
                items.add(new OpenItem(
                        saved.municipalityCode(),
                        saved.year(),
                        cell.departmentCode(),
                        cell.departmentName(),
                        Messages.get("schedule.task.title", cell.stepLabel(), cell.state()),
                        cell.due(),
                        cell.url(),
                        who));
            }
        }
        return items;
    }

    /** The accounts owing a step of one municipality, each group looked up once. */
    private final class Recipients {

        private final String municipalityCode;
        private final Map<String, List<String>> found = new HashMap<>();

        Recipients(String municipalityCode) {
            this.municipalityCode = municipalityCode;
        }

        List<String> of(ScheduleStep.Actor actor, @org.jspecify.annotations.Nullable String departmentCode) {
            return switch (actor) {
                case DEPARTMENT ->
                    departmentCode == null
                            ? List.of()
                            : found.computeIfAbsent(
                                    "D:" + departmentCode,
                                    k -> names(accounts.editorsOf(municipalityCode, departmentCode)));
                case PLANNING ->
                    found.computeIfAbsent(
                            "P", k -> names(accounts.contactsWithRole(municipalityCode, Role.PLANNING_ADMIN)));
                case REVIEWER ->
                    found.computeIfAbsent("R", k -> names(accounts.contactsWithRole(municipalityCode, Role.REVIEWER)));
            };
        }

        private static List<String> names(List<StaffContact> contacts) {
            return contacts.stream().map(StaffContact::username).toList();
        }
    }
}
