package jp.hoshin.policyplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.schedule.ScheduleSource;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.StepProgress;
import jp.hoshin.shared.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's schedule as the progress texts (取組状況) stand: each department owes the text of the year for every
 * 施策・主要事業・基本目標・個別課題 it owns (担当, read against the organisation as {@link ElementOwners} does) in the plans
 * in effect that year; done when all are written. Elements owned by 全庁 are left to the planning section. One query
 * for the whole municipality; the step's page is the plan's staff page of the year, at the first text still to write.
 * (指標値 are imported by the planning section and have no source here.)
 */
@Component
class ProgressTextScheduleSource implements ScheduleSource {

    private final JdbcClient jdbc;
    private final FiscalYears fiscalYears;
    private final PolicyPlans plans;
    private final Clock clock;

    ProgressTextScheduleSource(JdbcClient jdbc, FiscalYears fiscalYears, PolicyPlans plans, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.fiscalYears = fiscalYears;
        this.plans = plans;
    }

    private record Owned(String planKey, String elementKey, String owners, boolean written) {}

    /** What one department owes: how many texts, how many written, the first one still to write. */
    private static final class Owed {
        int total;
        int written;
        Owned firstMissing;
    }

    @Override
    public Set<ScheduleStep> steps() {
        return EnumSet.of(ScheduleStep.PROGRESS_TEXTS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        if (fiscalYears.find(municipalityCode, fiscalYear).isEmpty()) {
            return List.of();
        }
        List<Owned> owned = jdbc.sql("select pl.plan_key, e.element_key, e.owners,"
                        + " exists (select 1 from element_progress p where p.element_id = e.id and p.fiscal_year = :year)"
                        + " from policy_element e join policy_plan pl on pl.id = e.plan_id"
                        + " join municipality m on m.id = pl.municipality_id"
                        + " where m.code = :code and e.owners is not null"
                        + " and e.kind in ('MEASURE', 'MAIN_PROJECT', 'GOAL', 'TASK')"
                        + " and (pl.start_year is null or pl.start_year <= :year)"
                        + " and (pl.end_year is null or pl.end_year >= :year)"
                        + " order by pl.position, e.position")
                .param("code", municipalityCode)
                .param("year", fiscalYear)
                .query((rs, n) -> new Owned(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
        if (owned.isEmpty()) {
            return List.of();
        }
        ElementOwners owners = plans.owners(municipalityCode);
        Map<String, Owed> byDepartment = new LinkedHashMap<>();
        for (Owned o : owned) {
            for (String department : owners.of(o.owners())) {
                if (department.equals(ElementOwners.EVERY_DEPARTMENT)) {
                    continue;
                }
                Owed owed = byDepartment.computeIfAbsent(department, d -> new Owed());
                owed.total++;
                if (o.written()) {
                    owed.written++;
                } else if (owed.firstMissing == null) {
                    owed.firstMissing = o;
                }
            }
        }
        // a year's 取組状況 is written once the year is over: until then nothing is owed yet
        boolean yearOver = LocalDate.now(clock.withZone(FiscalYear.JAPAN))
                .isAfter(FiscalYear.of(fiscalYear).lastDay());
        List<StepProgress> result = new ArrayList<>();
        byDepartment.forEach((department, owed) -> {
            boolean done = owed.written == owed.total;
            // the plan's staff page of the year (every staff member may read it; its owners write from there), at the
            // first text still to write
            String url = done
                    ? "/staff/m/" + municipalityCode + "/policy"
                    : "/staff/m/" + municipalityCode + "/policy/" + owed.firstMissing.planKey() + "?year=" + fiscalYear
                            + "#e-" + owed.firstMissing.elementKey();
            result.add(new StepProgress(
                    ScheduleStep.PROGRESS_TEXTS,
                    0,
                    department,
                    Messages.get(
                            done
                                    ? "schedule.progressTexts.done"
                                    : yearOver ? "schedule.progressTexts.open" : "schedule.progressTexts.notYet"),
                    done ? StepProgress.Phase.DONE : yearOver ? StepProgress.Phase.OPEN : StepProgress.Phase.WAITING,
                    null,
                    null,
                    null,
                    null,
                    url,
                    Messages.get(
                            "schedule.progressTexts.detail",
                            String.valueOf(owed.total),
                            String.valueOf(owed.written))));
        });
        return result;
    }
}
