package jp.hoshin.schedule;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One deadline of a {@link Schedule}: a step for every department ({@code departmentCode} '') or for one. */
@Entity
@Audited
@Table(name = "schedule_deadline")
class ScheduleDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;

    @Enumerated(EnumType.STRING)
    private ScheduleStep step;

    private int checkpoint;

    private String departmentCode = "";

    private @Nullable LocalDate dueOn;

    private @Nullable String assignee;

    protected ScheduleDeadline() {}

    ScheduleDeadline(
            Schedule schedule,
            ScheduleStep step,
            int checkpoint,
            @Nullable String departmentCode,
            @Nullable LocalDate dueOn,
            @Nullable String assignee) {
        this.schedule = schedule;
        this.step = step;
        this.checkpoint = checkpoint;
        this.departmentCode = departmentCode == null ? "" : departmentCode;
        this.dueOn = dueOn;
        this.assignee = assignee;
    }

    boolean matches(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return this.step == step
                && this.checkpoint == checkpoint
                && this.departmentCode.equals(departmentCode == null ? "" : departmentCode);
    }

    void change(@Nullable LocalDate dueOn, @Nullable String assignee) {
        if (!Objects.equals(this.dueOn, dueOn)) {
            this.dueOn = dueOn;
        }
        if (!Objects.equals(this.assignee, assignee)) {
            this.assignee = assignee;
        }
    }

    DeadlineView view() {
        return new DeadlineView(step, checkpoint, departmentCode.isEmpty() ? null : departmentCode, dueOn, assignee);
    }
}
