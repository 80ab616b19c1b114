package jp.hoshin.departmentplan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.schedule.ScheduleSource;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's schedule as the mid-year checks (中間確認) stand: for each checkpoint, each department with a finalised plan
 * owes its 提出; 確認 and 公表 by the planning section follow it (shown as the state, the department's step is done).
 */
@Component
class MidYearScheduleSource implements ScheduleSource {

    private final MidYearChecks checks;
    private final FiscalYears fiscalYears;

    MidYearScheduleSource(MidYearChecks checks, FiscalYears fiscalYears) {
        this.checks = checks;
        this.fiscalYears = fiscalYears;
    }

    @Override
    public Set<ScheduleStep> steps() {
        return EnumSet.of(ScheduleStep.MIDYEAR);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        if (fiscalYears.find(municipalityCode, fiscalYear).isEmpty()) {
            return List.of();
        }
        return checks.progress(municipalityCode, fiscalYear).stream()
                .map(p -> {
                    boolean done = p.state() != MidYearState.NOT_STARTED && p.state() != MidYearState.DRAFT;
                    return new StepProgress(
                            ScheduleStep.MIDYEAR,
                            p.checkpointNumber(),
                            p.departmentCode(),
                            p.state().label(),
                            done ? StepProgress.Phase.DONE : StepProgress.Phase.OPEN,
                            done ? p.doneAt() : null,
                            done ? p.doneBy() : null,
                            p.lastChangedAt(),
                            p.lastChangedBy(),
                            p.staffUrl(),
                            null);
                })
                .toList();
    }
}
