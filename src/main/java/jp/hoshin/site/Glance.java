package jp.hoshin.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.ResultCounts;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;

/** A municipality at a glance (its front page): what a citizen wants to know first, each part only when there is one. */
public record Glance(
        List<PlanScore> plans,
        @Nullable ResultsScore results,
        List<ConsultationView> consultations,
        WhitePapers.@Nullable Published whitePaper,
        List<News> recent,
        List<YearContents> years) {

    /** A plan in effect with how many of its indicators have each judgement (in the order 達成 … 判定なし). */
    public record PlanScore(
            String key,
            String name,
            PolicyPlanKind kind,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            Map<Status, Integer> counts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The latest results announcement (結果発表): the year, how many goals ended with each level of the municipality's
     * result scale (labels as recorded; old labels counted apart), how many departments.
     */
    public record ResultsScore(FiscalYearView fiscalYear, ResultCounts counts, int departments) {

        public long total() {
            return counts.recorded();
        }

        /** Whether the level is the one set apart on the front page: the scale's last (e.g. 未達成). */
        public boolean setApart(ResultCounts.LevelCount level) {
            var levels = counts.levels();
            return !levels.isEmpty() && levels.getLast().equals(level);
        }
    }

    /** Something published, for the list of what is new and the Atom feed. */
    public record News(
            LocalDate date,
            NewsKind kind,
            String title,
            @Nullable Integer year,
            @Nullable Long id) {}

    /** What kind of publication a {@link News} is (the web layer makes its address). */
    public enum NewsKind {
        PLANS,
        RESULTS,
        EVALUATIONS,
        WHITE_PAPER,
        CONSULTATION,
        CONSULTATION_RESULTS
    }
}
