package jp.hoshin.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.hoshin.fiscalyear.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * A year's schedule as pages and the API read it. {@code stored} is false while the planning section has not saved it
 * yet: the rows are then last year's moved one year (or the defaults), and {@code version} is {@link #NEW}.
 */
public record ScheduleView(
        String municipalityCode, FiscalYear year, long version, boolean stored, List<DeadlineView> deadlines) {

    public static final long NEW = -1;

    /** The municipality-wide rows, one per step (and checkpoint), in the order of the steps. */
    public List<DeadlineView> defaults() {
        return deadlines.stream().filter(d -> d.departmentCode() == null).toList();
    }

    /** The rows for single departments. */
    public List<DeadlineView> overrides() {
        return deadlines.stream().filter(d -> d.departmentCode() != null).toList();
    }

    private Optional<DeadlineView> row(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return deadlines.stream()
                .filter(d -> d.step() == step && d.checkpoint() == checkpoint)
                .filter(d -> departmentCode != null && departmentCode.equals(d.departmentCode()))
                .findFirst();
    }

    private Optional<DeadlineView> defaultRow(ScheduleStep step, int checkpoint) {
        return deadlines.stream()
                .filter(d -> d.step() == step && d.checkpoint() == checkpoint && d.departmentCode() == null)
                .findFirst();
    }

    /** The deadline of a step for a department: its own, else the municipality's. */
    public @Nullable LocalDate due(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return row(step, checkpoint, departmentCode)
                .map(DeadlineView::due)
                .filter(d -> d != null)
                .or(() -> defaultRow(step, checkpoint).map(DeadlineView::due))
                .orElse(null);
    }

    /** The named 担当者 of a step for a department (its own row, else the municipality's), or null. */
    public @Nullable String assignee(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return row(step, checkpoint, departmentCode)
                .map(DeadlineView::assignee)
                .filter(a -> a != null)
                .or(() -> defaultRow(step, checkpoint).map(DeadlineView::assignee))
                .orElse(null);
    }

    /** The steps (with checkpoints) of the year, in order: the columns of the progress page. */
    public List<DeadlineView> columns() {
        return defaults();
    }
}
