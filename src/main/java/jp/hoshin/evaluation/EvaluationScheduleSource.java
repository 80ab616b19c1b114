package jp.hoshin.evaluation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.hoshin.fiscalyear.FiscalYears;
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
 * The year's schedule as the evaluation sheets stand, per department: 一次評価 提出 (every sheet past 一次評価) and
 * 二次評価 (every sheet 確定). Departments without sheets in the year are not reported. Two queries per year.
 */
@Component
class EvaluationScheduleSource implements ScheduleSource {

    private final JdbcClient jdbc;
    private final FiscalYears fiscalYears;

    EvaluationScheduleSource(JdbcClient jdbc, FiscalYears fiscalYears) {
        this.jdbc = jdbc;
        this.fiscalYears = fiscalYears;
    }

    private static final class Counts {
        int first;
        int second;
        int total;

        @Nullable
        Instant firstDoneAt;

        @Nullable
        String firstDoneBy;

        @Nullable
        Instant secondDoneAt;

        @Nullable
        String secondDoneBy;

        @Nullable
        Instant lastAt;

        @Nullable
        String lastBy;
    }

    @Override
    public Set<ScheduleStep> steps() {
        return EnumSet.of(ScheduleStep.EVALUATION_FIRST, ScheduleStep.EVALUATION_SECOND);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        var fy = fiscalYears.find(municipalityCode, fiscalYear);
        if (fy.isEmpty()) {
            return List.of();
        }
        Map<String, Counts> byDepartment = new TreeMap<>();
        jdbc.sql("select department_code, stage, count(*) from evaluation_sheet where fiscal_year_id = ? group by 1, 2")
                .param(fy.get().id())
                .query(rs -> {
                    Counts c = byDepartment.computeIfAbsent(rs.getString(1), k -> new Counts());
                    int n = rs.getInt(3);
                    switch (EvaluationStage.valueOf(rs.getString(2))) {
                        case FIRST -> c.first += n;
                        case SECOND -> c.second += n;
                        default -> {}
                    }
                    c.total += n;
                });
        jdbc.sql("""
                        select sh.department_code, st.from_stage, st.to_stage, st.taken_by, st.taken_at
                        from evaluation_sheet_step st join evaluation_sheet sh on sh.id = st.sheet_id
                        where sh.fiscal_year_id = ? order by st.taken_at, st.id""").param(fy.get().id()).query(rs -> {
            Counts c = byDepartment.get(rs.getString(1));
            if (c == null) {
                return;
            }
            Instant at = rs.getObject(5, OffsetDateTime.class).toInstant();
            String by = rs.getString(4);
            if ("FIRST".equals(rs.getString(2)) && "SECOND".equals(rs.getString(3))) {
                c.firstDoneAt = at;
                c.firstDoneBy = by;
            }
            if ("SECOND".equals(rs.getString(2)) && "FINALIZED".equals(rs.getString(3))) {
                c.secondDoneAt = at;
                c.secondDoneBy = by;
            }
            c.lastAt = at;
            c.lastBy = by;
        });
        String url = "/staff/m/" + municipalityCode + "/" + fiscalYear + "/evaluations";
        List<StepProgress> out = new ArrayList<>();
        byDepartment.forEach((department, c) -> {
            int pastFirst = c.total - c.first;
            int finalized = c.total - c.first - c.second;
            String detailFirst = Messages.get("schedule.evaluation.count", c.total, pastFirst);
            String detailSecond = Messages.get("schedule.evaluation.count", c.total, finalized);
            out.add(new StepProgress(
                    ScheduleStep.EVALUATION_FIRST,
                    0,
                    department,
                    c.first == 0
                            ? Messages.get("schedule.evaluation.firstDone")
                            : Messages.get("schedule.evaluation.atFirst"),
                    c.first == 0 ? Phase.DONE : Phase.OPEN,
                    c.first == 0 ? c.firstDoneAt : null,
                    c.first == 0 ? c.firstDoneBy : null,
                    c.lastAt,
                    c.lastBy,
                    url,
                    detailFirst));
            Phase second = c.first + c.second == 0 ? Phase.DONE : c.second > 0 ? Phase.OPEN : Phase.WAITING;
            out.add(new StepProgress(
                    ScheduleStep.EVALUATION_SECOND,
                    0,
                    department,
                    second == Phase.DONE
                            ? Messages.get("schedule.evaluation.secondDone")
                            : second == Phase.OPEN
                                    ? Messages.get("schedule.evaluation.atSecond")
                                    : Messages.get("schedule.evaluation.atFirst"),
                    second,
                    second == Phase.DONE ? c.secondDoneAt : null,
                    second == Phase.DONE ? c.secondDoneBy : null,
                    c.lastAt,
                    c.lastBy,
                    url,
                    detailSecond));
        });
        return out;
    }
}
