package jp.hoshin.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The progress of one municipality's year: departments × steps, each cell with its state, due date, last change and
 * who, and per step the counts (the compliance view, the schedule API and the to-do lists all read this).
 */
public record YearProgress(
        String municipalityCode,
        FiscalYear year,
        LocalDate today,
        boolean scheduleSet,
        List<Column> columns,
        List<Row> rows) {

    /** A step (and checkpoint) of the year with its municipality-wide deadline and how many have done it. */
    public record Column(
            ScheduleStep step,
            int checkpoint,
            String label,
            @Nullable LocalDate due,
            boolean tracked,
            int done,
            int total,
            int overdue) {

        public String key() {
            return checkpoint == 0 ? step.name() : step.name() + "-" + checkpoint;
        }
    }

    /**
     * A department's line (or the municipality's, {@code departmentCode} null, for municipality-wide steps); its cells
     * follow the columns, null where the step does not apply to the line.
     */
    public record Row(@Nullable String departmentCode, String departmentName, List<@Nullable Cell> cells) {

        public boolean anyOverdue() {
            return cells.stream().anyMatch(c -> c != null && c.overdue());
        }
    }

    /**
     * One step of one department.
     *
     * @param tracked false when no module reports this step yet (its state is then unknown)
     * @param doneBy display name of who took the step
     * @param changedBy display name of who made the last change
     * @param responsible who must act: the named 担当者, else the department's editors, the planning section or the
     *     mayor's office
     * @param assignee the named 担当者's user name, if one is set
     */
    public record Cell(
            ScheduleStep step,
            int checkpoint,
            @Nullable String departmentCode,
            String departmentName,
            String state,
            StepProgress.Phase phase,
            boolean tracked,
            @Nullable LocalDate due,
            boolean overdue,
            @Nullable Instant doneAt,
            @Nullable String doneBy,
            @Nullable Instant changedAt,
            @Nullable String changedBy,
            @Nullable String url,
            String responsible,
            @Nullable String assignee,
            @Nullable String detail) {

        public boolean done() {
            return phase == StepProgress.Phase.DONE;
        }

        public String stepLabel() {
            return step.label(checkpoint);
        }
    }

    public List<Row> onlyOverdue() {
        return rows.stream().filter(Row::anyOverdue).toList();
    }

    public List<Cell> cells() {
        return rows.stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c != null)
                .toList();
    }
}
