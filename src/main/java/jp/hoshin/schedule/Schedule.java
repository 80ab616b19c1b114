package jp.hoshin.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 年間スケジュール — the deadlines of one municipality's fiscal year: a row per step (and checkpoint) for every
 * department, and rows for single departments whose deadline or 担当者 differs. Replaced whole by {@link #replace}.
 */
@Entity
@Audited
@Table(name = "schedule")
class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String municipalityCode;

    private int fiscalYear;

    @Version
    private long version;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ScheduleDeadline> deadlines = new ArrayList<>();

    protected Schedule() {}

    Schedule(String municipalityCode, int fiscalYear, List<DeadlineView> rows) {
        this.municipalityCode = municipalityCode;
        this.fiscalYear = fiscalYear;
        rows.forEach(this::add);
    }

    private void add(DeadlineView row) {
        deadlines.add(new ScheduleDeadline(
                this, row.step(), row.checkpoint(), row.departmentCode(), row.due(), row.assignee()));
    }

    /** Replaces every deadline with the given rows (already checked by the form). */
    void replace(List<DeadlineView> rows) {
        // rows that stay keep their id (and their audit history): change them in place, drop the rest, add the new
        List<DeadlineView> remaining = new ArrayList<>(rows);
        deadlines.removeIf(d -> remaining.stream()
                .filter(r -> d.matches(r.step(), r.checkpoint(), r.departmentCode()))
                .findFirst()
                .map(r -> {
                    d.change(r.due(), r.assignee());
                    remaining.remove(r);
                    return false;
                })
                .orElse(true));
        remaining.forEach(this::add);
    }

    long id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long version() {
        return version;
    }

    List<DeadlineView> rows() {
        return deadlines.stream().map(ScheduleDeadline::view).toList();
    }

    Optional<LocalDate> due(ScheduleStep step, int checkpoint, @Nullable String departmentCode) {
        return rows().stream()
                .filter(r -> r.step() == step && r.checkpoint() == checkpoint)
                .filter(r -> departmentCode != null && departmentCode.equals(r.departmentCode()))
                .findFirst()
                .or(() -> rows().stream()
                        .filter(r -> r.step() == step && r.checkpoint() == checkpoint && r.departmentCode() == null)
                        .findFirst())
                .map(DeadlineView::due);
    }
}
