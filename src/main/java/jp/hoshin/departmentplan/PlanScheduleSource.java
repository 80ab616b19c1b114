package jp.hoshin.departmentplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.schedule.ScheduleSource;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import jp.hoshin.schedule.StepProgress.Phase;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's schedule as the department plans stand: 提出, 協議, 確定, 公表 of every department's plan and of its
 * results, from the plans and their step records (two queries for the whole municipality).
 */
@Component
class PlanScheduleSource implements ScheduleSource {

    private final JdbcClient jdbc;
    private final FiscalYears fiscalYears;
    private final Organization organization;

    PlanScheduleSource(JdbcClient jdbc, FiscalYears fiscalYears, Organization organization) {
        this.jdbc = jdbc;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
    }

    private record Plan(
            long id,
            String department,
            PlanStatus status,
            @Nullable PlanStatus results) {}

    private record Step(long planId, boolean results, PlanStatus from, PlanStatus to, String by, Instant at) {}

    @Override
    public Set<ScheduleStep> steps() {
        return EnumSet.of(
                ScheduleStep.PLAN_SUBMIT,
                ScheduleStep.PLAN_CONSULT,
                ScheduleStep.PLAN_FINALIZE,
                ScheduleStep.PLAN_PUBLISH,
                ScheduleStep.RESULTS_SUBMIT,
                ScheduleStep.RESULTS_CONSULT,
                ScheduleStep.RESULTS_FINALIZE,
                ScheduleStep.RESULTS_PUBLISH);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        var fy = fiscalYears.find(municipalityCode, fiscalYear);
        if (fy.isEmpty()) {
            return List.of();
        }
        long fyId = fy.get().id();
        Map<String, Plan> plans = new HashMap<>();
        jdbc.sql("select id, department_code, status, result_status from department_plan where fiscal_year_id = ?")
                .param(fyId)
                .query((rs, n) -> new Plan(
                        rs.getLong(1),
                        rs.getString(2),
                        PlanStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : PlanStatus.valueOf(rs.getString(4))))
                .list()
                .forEach(p -> plans.put(p.department(), p));
        Map<Long, List<Step>> steps = new HashMap<>();
        jdbc.sql("""
                        select s.plan_id, s.track, s.from_status, s.to_status, s.taken_by, s.taken_at
                        from department_plan_step s join department_plan p on p.id = s.plan_id
                        where p.fiscal_year_id = ? order by s.taken_at, s.id""")
                .param(fyId)
                .query((rs, n) -> new Step(
                        rs.getLong(1),
                        "RESULTS".equals(rs.getString(2)),
                        PlanStatus.valueOf(rs.getString(3)),
                        PlanStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, java.time.OffsetDateTime.class).toInstant()))
                .list()
                .forEach(s -> steps.computeIfAbsent(s.planId(), k -> new ArrayList<>())
                        .add(s));
        List<StepProgress> out = new ArrayList<>();
        for (DepartmentView d : organization.departments(fy.get())) {
            Plan plan = plans.get(d.code());
            List<Step> trail = plan == null ? List.of() : steps.getOrDefault(plan.id(), List.of());
            String url = "/staff/m/" + municipalityCode + "/" + fiscalYear + "/plans/" + d.code();
            PlanStatus status = plan == null ? null : plan.status();
            boolean finalized = status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED;
            out.addAll(track(d.code(), url, status, plan != null, true, false, trail));
            out.addAll(
                    track(d.code(), url, plan == null ? null : plan.results(), plan != null, finalized, true, trail));
        }
        return out;
    }

    /** The four steps of the plan (or of its results) of one department. */
    private List<StepProgress> track(
            String department,
            String url,
            @Nullable PlanStatus status,
            boolean exists,
            boolean possible,
            boolean results,
            List<Step> all) {
        List<Step> trail = all.stream().filter(s -> s.results() == results).toList();
        Step last = all.isEmpty() ? null : all.getLast();
        boolean sentBack = status == PlanStatus.DRAFT
                && !trail.isEmpty()
                && trail.getLast().to() == PlanStatus.DRAFT
                && trail.getLast().from() != PlanStatus.DRAFT;
        String state = !exists
                ? Messages.get("schedule.plan.notStarted")
                : status == null
                        ? Messages.get("schedule.plan.resultsNotStarted")
                        : sentBack ? Messages.get("schedule.plan.sentBack") : status.label();
        ScheduleStep[] names = results
                ? new ScheduleStep[] {
                    ScheduleStep.RESULTS_SUBMIT, ScheduleStep.RESULTS_CONSULT,
                    ScheduleStep.RESULTS_FINALIZE, ScheduleStep.RESULTS_PUBLISH
                }
                : new ScheduleStep[] {
                    ScheduleStep.PLAN_SUBMIT, ScheduleStep.PLAN_CONSULT,
                    ScheduleStep.PLAN_FINALIZE, ScheduleStep.PLAN_PUBLISH
                };
        PlanStatus[] reached = {
            PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED, PlanStatus.PUBLISHED
        };
        int at = status == null ? 0 : status.ordinal(); // DRAFT 0, SUBMITTED 1, …, PUBLISHED 4
        List<StepProgress> out = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            PlanStatus target = reached[i];
            Phase phase = at > i ? Phase.DONE : at == i && possible ? Phase.OPEN : Phase.WAITING;
            Step done = phase == Phase.DONE
                    ? trail.stream()
                            .filter(s -> s.to() == target)
                            .reduce((a, b) -> b)
                            .orElse(null)
                    : null;
            out.add(new StepProgress(
                    names[i],
                    0,
                    department,
                    phase == Phase.DONE
                            ? Messages.get("schedule.plan.done")
                            : phase == Phase.WAITING ? Messages.get("schedule.plan.waiting") : state,
                    phase,
                    done == null ? null : done.at(),
                    done == null ? null : done.by(),
                    last == null ? null : last.at(),
                    last == null ? null : last.by(),
                    url,
                    null));
        }
        return out;
    }
}
