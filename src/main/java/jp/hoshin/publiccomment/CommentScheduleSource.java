package jp.hoshin.publiccomment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.hoshin.fiscalyear.FiscalYear;
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
 * The year's schedule as public comment stands: per department, the consultations whose deadline falls in the year
 * and has passed still owe their results (the consultation's own period is not part of the schedule). One query.
 */
@Component
class CommentScheduleSource implements ScheduleSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommentScheduleSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final class Counts {
        int closed;
        int published;
        int total;

        @Nullable
        Instant lastPublished;
    }

    @Override
    public Set<ScheduleStep> steps() {
        return Set.of(ScheduleStep.COMMENT_RESULTS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepProgress> progress(String municipalityCode, int fiscalYear) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
        Map<String, Counts> byDepartment = new TreeMap<>();
        jdbc.sql("""
                        select department_code, deadline, results_published_at from consultation
                        where municipality_code = ? and deadline between ? and ?""")
                .param(municipalityCode)
                .param(year.firstDay())
                .param(year.lastDay())
                .query(rs -> {
                    Counts c = byDepartment.computeIfAbsent(rs.getString(1), k -> new Counts());
                    c.total++;
                    OffsetDateTime published = rs.getObject(3, OffsetDateTime.class);
                    if (published != null) {
                        c.published++;
                        Instant at = published.toInstant();
                        if (c.lastPublished == null || at.isAfter(c.lastPublished)) {
                            c.lastPublished = at;
                        }
                    } else if (today.isAfter(rs.getObject(2, LocalDate.class))) {
                        c.closed++;
                    }
                });
        String url = "/staff/m/" + municipalityCode + "/comments";
        List<StepProgress> out = new ArrayList<>();
        byDepartment.forEach((department, c) -> {
            Phase phase = c.closed > 0 ? Phase.OPEN : c.published == c.total ? Phase.DONE : Phase.WAITING;
            String state = switch (phase) {
                case OPEN -> Messages.get("schedule.comment.resultsDue", c.closed);
                case DONE -> Messages.get("schedule.comment.published");
                case WAITING -> Messages.get("schedule.comment.open");
            };
            out.add(new StepProgress(
                    ScheduleStep.COMMENT_RESULTS,
                    0,
                    department,
                    state,
                    phase,
                    phase == Phase.DONE ? c.lastPublished : null,
                    null,
                    c.lastPublished,
                    null,
                    url,
                    Messages.get("schedule.comment.count", c.total, c.published)));
        });
        return out;
    }
}
