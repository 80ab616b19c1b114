package jp.hoshin.notification;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * SPI: what is still open and owed by someone, for the daily reminders. Implemented by the module that keeps the year's
 * schedule; without an implementation the reminder job does nothing.
 */
public interface ReminderFeed {

    /**
     * Every item not yet done whose due date is on or before {@code dueBy} (overdue ones included), across all
     * municipalities and years.
     */
    List<OpenItem> openItems(LocalDate dueBy);

    /**
     * One open item: what ({@code title}), for which municipality, year and department (null: the municipality as a
     * whole), due when, the page where it is done ({@code url}, a path such as {@code /staff/m/132047/2026/plans/kikaku})
     * and the usernames of the staff accounts responsible for it.
     */
    record OpenItem(
            String municipalityCode,
            int fiscalYear,
            @Nullable String departmentCode,
            String departmentName,
            String title,
            LocalDate due,
            String url,
            List<String> responsibleAccounts) {

        public OpenItem {
            responsibleAccounts = List.copyOf(responsibleAccounts);
        }
    }
}
