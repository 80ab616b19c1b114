package jp.hoshin.schedule.web;

import java.util.ArrayList;
import java.util.List;

import jp.hoshin.schedule.DeadlineView;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.ScheduleView;
import jp.hoshin.shared.JapaneseDates;
import org.jspecify.annotations.Nullable;

/**
 * The schedule form as typed: one line per step (and 中間確認 checkpoint, with one empty checkpoint more to add one),
 * then one line per department whose deadline or 担当者 differs, with empty lines to add some.
 */
public class ScheduleForm {

    static final int EMPTY_OVERRIDES = 3;

    private long version = ScheduleView.NEW;
    private List<Line> lines = new ArrayList<>();

    /** One line: for every department ({@code department} empty) or for one. */
    public static class Line {
        private String step = "";
        private int checkpoint;
        private String department = "";
        private String due = "";
        private String assignee = "";
        private boolean perDepartment;

        public Line() {}

        Line(DeadlineView d, boolean perDepartment) {
            this.step = d.step().name();
            this.checkpoint = d.checkpoint();
            this.department = d.departmentCode() == null ? "" : d.departmentCode();
            this.due = d.due() == null ? "" : JapaneseDates.format(d.due());
            this.assignee = d.assignee() == null ? "" : d.assignee();
            this.perDepartment = perDepartment;
        }

        public String getStep() {
            return step;
        }

        public void setStep(String step) {
            this.step = step;
        }

        public int getCheckpoint() {
            return checkpoint;
        }

        public void setCheckpoint(int checkpoint) {
            this.checkpoint = checkpoint;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }

        public String getDue() {
            return due;
        }

        public void setDue(String due) {
            this.due = due;
        }

        public String getAssignee() {
            return assignee;
        }

        public void setAssignee(String assignee) {
            this.assignee = assignee;
        }

        /** Whether this is a line for one department (else the municipality's line of a step). */
        public boolean isPerDepartment() {
            return perDepartment;
        }

        public void setPerDepartment(boolean perDepartment) {
            this.perDepartment = perDepartment;
        }

        public @Nullable ScheduleStep stepValue() {
            for (ScheduleStep s : ScheduleStep.values()) {
                if (s.name().equals(step)) {
                    return s;
                }
            }
            return null;
        }

        /** The step's label with its checkpoint (for the municipality's lines). */
        public String label() {
            ScheduleStep s = stepValue();
            return s == null ? "" : s.label(checkpoint);
        }

        /** The select's value for a department line's step: STEP or STEP-n. */
        public String stepKey() {
            return step.isEmpty() ? "" : checkpoint == 0 ? step : step + "-" + checkpoint;
        }
    }

    static ScheduleForm of(ScheduleView schedule) {
        ScheduleForm form = new ScheduleForm();
        form.version = schedule.version();
        int lastCheckpoint = 0;
        for (DeadlineView d : schedule.defaults()) {
            form.lines.add(new Line(d, false));
            if (d.step() == ScheduleStep.MIDYEAR) {
                lastCheckpoint = Math.max(lastCheckpoint, d.checkpoint());
            }
        }
        // room for one more 中間確認 checkpoint, right after the last one
        int at = 0;
        for (int i = 0; i < form.lines.size(); i++) {
            if (form.lines.get(i).stepValue() == ScheduleStep.MIDYEAR) {
                at = i + 1;
            }
        }
        if (lastCheckpoint < 12) {
            form.lines.add(
                    at, new Line(new DeadlineView(ScheduleStep.MIDYEAR, lastCheckpoint + 1, null, null, null), false));
        }
        for (DeadlineView d : schedule.overrides()) {
            form.lines.add(new Line(d, true));
        }
        for (int i = 0; i < EMPTY_OVERRIDES; i++) {
            Line empty = new Line();
            empty.perDepartment = true;
            form.lines.add(empty);
        }
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
