package jp.hoshin.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.shared.ContentVersions;
import jp.hoshin.site.Glance.PlanScore;
import org.springframework.stereotype.Component;

/**
 * The judgement counts of the plans in effect, for the front page. Judging every indicator reads all their values, so
 * the counts are kept per municipality while its data is unchanged (its {@link ContentVersions content version}) and
 * the fiscal year the same: one query instead of the indicators' reading on most renderings.
 */
@Component
class PlanScores {

    /** The plans whose indicators the front page sums up. */
    private static final List<PolicyPlanKind> JUDGED = List.of(PolicyPlanKind.BASIC_PLAN, PolicyPlanKind.STRATEGY);

    private record Kept(long version, int year, List<PlanScore> scores) {}

    private final PolicyPlans policyPlans;
    private final ContentVersions versions;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PlanScores(PolicyPlans policyPlans, ContentVersions versions, Clock clock) {
        this.policyPlans = policyPlans;
        this.versions = versions;
        this.clock = clock;
    }

    /** For each judged kind, the latest plan that has started by this year, with its indicators' judgement counts. */
    List<PlanScore> of(String municipalityCode) {
        int thisYear = FiscalYear.containing(LocalDate.now(clock.withZone(FiscalYear.JAPAN)))
                .startYear();
        long version = versions.of(municipalityCode);
        Kept k = kept.get(municipalityCode);
        if (k != null && k.version() == version && k.year() == thisYear) {
            return k.scores();
        }
        List<PlanScore> scores = read(municipalityCode, thisYear);
        kept.put(municipalityCode, new Kept(version, thisYear, scores));
        return scores;
    }

    private List<PlanScore> read(String municipalityCode, int thisYear) {
        List<PlanRow> all = policyPlans.plans(municipalityCode);
        List<PlanScore> scores = new ArrayList<>();
        for (PolicyPlanKind kind : JUDGED) {
            Optional<PlanRow> current = all.stream()
                    .filter(p -> p.kind() == kind)
                    .filter(p -> p.startYear() == null || p.startYear() <= thisYear)
                    .max(Comparator.comparing(p -> p.startYear() == null ? 0 : p.startYear()));
            current.ifPresent(p -> {
                Map<Status, Integer> counts = new EnumMap<>(Status.class);
                for (Status s : Status.values()) {
                    counts.put(s, 0);
                }
                policyPlans.indicatorsOf(municipalityCode, p.key()).values().stream()
                        .flatMap(List::stream)
                        .forEach(i -> counts.merge(i.judgement().status(), 1, Integer::sum));
                PlanScore score = new PlanScore(p.key(), p.name(), p.kind(), p.startYear(), p.endYear(), counts);
                if (score.total() > 0) {
                    scores.add(score);
                }
            });
        }
        return List.copyOf(scores);
    }
}
