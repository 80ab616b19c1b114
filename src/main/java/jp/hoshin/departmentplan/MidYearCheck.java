package jp.hoshin.departmentplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.workflow.Transition;
import jp.hoshin.shared.workflow.WorkflowStep;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 中間確認 — a department's mid-year check at one checkpoint: per project of its finalised plan a status, a comment and
 * the values so far; 作成中 → 提出 (the department) → 確認済 (the planning section, or 差し戻し with a reason) → 公表.
 */
@Entity
@Audited
@Table(name = "midyear_check")
class MidYearCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fiscalYearId;

    private int checkpointNumber;

    private String departmentCode;

    private long planId;

    @Enumerated(EnumType.STRING)
    private MidYearState state = MidYearState.DRAFT;

    @Convert(converter = MidYearJson.Entries.class)
    private List<MidYearEntry> entries = new ArrayList<>();

    private Instant lastChangedAt;

    private String lastChangedBy;

    @Version
    private long version;

    protected MidYearCheck() {}

    MidYearCheck(long fiscalYearId, int checkpointNumber, String departmentCode, long planId) {
        this.fiscalYearId = fiscalYearId;
        this.checkpointNumber = checkpointNumber;
        this.departmentCode = departmentCode;
        this.planId = planId;
    }

    /**
     * Records the lines (while 作成中): every status must be a level of {@code scale}; the label recorded and whether it
     * counted as on schedule are kept as they are now.
     */
    void record(List<MidYearEntry> lines, ProgressScale scale, String by, Instant at) {
        requireState(Set.of(MidYearState.DRAFT), Messages.get("midyear.act.record"));
        List<MidYearEntry> kept = new ArrayList<>();
        for (MidYearEntry e : lines) {
            if (e.status() == null) {
                kept.add(new MidYearEntry(
                        e.projectNumber(), e.projectTitle(), null, false, e.comment(), e.valuesSoFar()));
                continue;
            }
            ProgressScale.Level level = scale.level(e.status())
                    .orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("midyear.entry.unknownStatus", e.projectNumber(), e.status())));
            kept.add(new MidYearEntry(
                    e.projectNumber(),
                    e.projectTitle(),
                    level.label(),
                    level.onSchedule(),
                    e.comment(),
                    e.valuesSoFar()));
        }
        this.entries = kept;
        touched(by, at);
    }

    /** 提出 — every project has a status. */
    Transition<MidYearState> submit(String by, Instant at) {
        requireState(Set.of(MidYearState.DRAFT), Messages.get("midyear.act.submit"));
        if (entries.isEmpty() || entries.stream().anyMatch(e -> e.status() == null)) {
            throw new BusinessRuleException(Messages.get("midyear.submit.incomplete"));
        }
        return move(MidYearState.SUBMITTED, by, at);
    }

    /** 確認 — the planning section has read the check. */
    Transition<MidYearState> confirm(String by, Instant at) {
        requireState(Set.of(MidYearState.SUBMITTED), Messages.get("midyear.act.confirm"));
        return move(MidYearState.CONFIRMED, by, at);
    }

    /** 差し戻し — back to the department with a reason (required). */
    Transition<MidYearState> sendBack(@Nullable String reason, String by, Instant at) {
        sendBackReason(reason);
        requireState(Set.of(MidYearState.SUBMITTED, MidYearState.CONFIRMED), Messages.get("midyear.act.sendBack"));
        return move(MidYearState.DRAFT, by, at);
    }

    /** 公表 — citizens may read it. */
    Transition<MidYearState> publish(String by, Instant at) {
        requireState(Set.of(MidYearState.CONFIRMED), Messages.get("midyear.act.publish"));
        return move(MidYearState.PUBLISHED, by, at);
    }

    static String sendBackReason(@Nullable String reason) {
        return WorkflowStep.requiredReason(reason, Messages.get("midyear.sendBack.reasonRequired"));
    }

    private Transition<MidYearState> move(MidYearState to, String by, Instant at) {
        Transition<MidYearState> t = new Transition<>(state, to);
        state = to;
        touched(by, at);
        return t;
    }

    private void touched(String by, Instant at) {
        this.lastChangedBy = by;
        this.lastChangedAt = at;
    }

    private void requireState(Set<MidYearState> allowed, String act) {
        if (!allowed.contains(state)) {
            throw new BusinessRuleException(Messages.get("midyear.state.refused", state.label(), act));
        }
    }

    Long id() {
        return id;
    }

    int checkpointNumber() {
        return checkpointNumber;
    }

    String departmentCode() {
        return departmentCode;
    }

    MidYearState state() {
        return state;
    }

    long version() {
        return version;
    }

    List<MidYearEntry> entries() {
        return List.copyOf(entries);
    }

    Instant lastChangedAt() {
        return lastChangedAt;
    }

    String lastChangedBy() {
        return lastChangedBy;
    }
}
