package jp.hoshin.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.AchievementStatus;
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

    /** The latest results announcement (結果発表): the year, how many goals ended with each result, how many departments. */
    public record ResultsScore(FiscalYearView fiscalYear, Map<AchievementStatus, Long> counts, int departments) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(AchievementStatus status) {
            return counts.getOrDefault(status, 0L);
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
