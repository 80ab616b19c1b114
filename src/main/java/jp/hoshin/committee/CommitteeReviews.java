package jp.hoshin.committee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee said about each measure: its rating of the year, its 提言, the city's 対応方針 and the follow-up
 * recorded in later years. Written by the planning section; each call is one transaction, a stale version is refused.
 */
@Service
@Transactional
public class CommitteeReviews {

    private final MeasureReviewRepository reviews;
    private final RecommendationRepository recommendations;
    private final FollowUpRepository followUps;
    private final CommitteeRatings ratings;
    private final CommitteeMeasures measures;

    CommitteeReviews(
            MeasureReviewRepository reviews,
            RecommendationRepository recommendations,
            FollowUpRepository followUps,
            CommitteeRatings ratings,
            CommitteeMeasures measures) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.followUps = followUps;
        this.ratings = ratings;
        this.measures = measures;
    }

    /** The committee's rating of the measure and the version a form sends back (0 while none is recorded). */
    public record Rating(String label, long version) {}

    /** One measure in one year: the rating, the 提言 of the year, and the earlier ones followed in that year. */
    public record MeasureYear(
            MeasureRef measure,
            int fiscalYear,
            Rating rating,
            List<RecommendationView> thisYear,
            List<RecommendationView> earlier) {}

    @Transactional(readOnly = true)
    public MeasureYear measureYear(String code, int fiscalYear, long measureId) {
        MeasureRef measure = measures.get(code, measureId);
        Rating rating = reviews.findByMunicipalityCodeAndFiscalYearAndMeasureId(code, fiscalYear, measureId)
                .map(r -> new Rating(r.rating(), r.version()))
                .orElse(new Rating("", 0));
        List<RecommendationView> all = views(
                recommendations
                        .findByMunicipalityCodeAndMeasureIdAndFiscalYearLessThanEqualOrderByFiscalYearAscPositionAscIdAsc(
                                code, measureId, fiscalYear));
        return new MeasureYear(
                measure,
                fiscalYear,
                rating,
                all.stream().filter(r -> r.fiscalYear() == fiscalYear).toList(),
                all.stream().filter(r -> r.history().followedIn(fiscalYear)).toList());
    }

    /** The ratings of the year by measure id. */
    @Transactional(readOnly = true)
    public Map<Long, String> ratingsOf(String code, int fiscalYear) {
        return reviews.findByMunicipalityCodeAndFiscalYear(code, fiscalYear).stream()
                .filter(r -> !r.rating().isEmpty())
                .collect(Collectors.toMap(MeasureReview::measureId, MeasureReview::rating));
    }

    /** Every 提言 made in or before the year, with its follow-up (all years when {@code upTo} is null). */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommendations(String code, @org.jspecify.annotations.Nullable Integer upTo) {
        return views(
                upTo == null
                        ? recommendations.findByMunicipalityCodeOrderByFiscalYearAscMeasureIdAscPositionAscIdAsc(code)
                        : recommendations
                                .findByMunicipalityCodeAndFiscalYearLessThanEqualOrderByFiscalYearAscMeasureIdAscPositionAscIdAsc(
                                        code, upTo));
    }

    /** Records the rating (empty: none); it must be a label of the municipality's list (or the one it already has). */
    public Rating rate(String code, int fiscalYear, long measureId, long version, String label) {
        measures.get(code, measureId);
        MeasureReview r = reviews.findByMunicipalityCodeAndFiscalYearAndMeasureId(code, fiscalYear, measureId)
                .orElseGet(() -> new MeasureReview(code, fiscalYear, measureId));
        // a label since removed from the list may stay on the rating it was recorded on
        if (!label.isEmpty()
                && !label.equals(r.rating())
                && !ratings.scale(code).labels().contains(label)) {
            throw new BusinessRuleException(Messages.get("committee.rating.unknown", label));
        }
        ConcurrentEditException.check(version, r.version());
        r.rate(label);
        MeasureReview saved = reviews.saveAndFlush(r);
        return new Rating(saved.rating(), saved.version());
    }

    /** Adds a 提言 of the committee on the measure in the year, with the city's answer if already known. */
    public RecommendationView recommend(String code, int fiscalYear, long measureId, String text, String answer) {
        measures.get(code, measureId);
        int position = (int) recommendations
                        .findByMunicipalityCodeAndMeasureIdAndFiscalYearLessThanEqualOrderByFiscalYearAscPositionAscIdAsc(
                                code, measureId, fiscalYear)
                        .stream()
                        .filter(r -> r.fiscalYear() == fiscalYear)
                        .count()
                + 1;
        Recommendation r = new Recommendation(code, fiscalYear, measureId, position, text);
        r.write(text, answer);
        return view(recommendations.saveAndFlush(r), List.of());
    }

    /** Corrects the text of a 提言 and records the city's 対応方針. */
    public RecommendationView write(String code, long id, long version, String text, String answer) {
        Recommendation r = recommendation(code, id);
        ConcurrentEditException.check(version, r.version());
        r.write(text, answer);
        return view(recommendations.saveAndFlush(r), followUps.findByRecommendationIdOrderByFiscalYear(id));
    }

    /** Removes a 提言 entered by mistake; one that has been followed up is kept. */
    public void remove(String code, long id, long version) {
        Recommendation r = recommendation(code, id);
        ConcurrentEditException.check(version, r.version());
        if (!followUps.findByRecommendationIdOrderByFiscalYear(id).isEmpty()) {
            throw new BusinessRuleException(Messages.get("committee.recommendation.followedUp"));
        }
        recommendations.delete(r);
    }

    /**
     * Records the follow-up state of a 提言 in a later year ({@link FollowUpHistory#checkRecord}); the year's entry may be
     * corrected. {@code version} is the version of that year's entry the form showed, -1 when it showed none.
     */
    public RecommendationView followUp(
            String code, long id, int fiscalYear, long version, FollowUpState state, String note) {
        Recommendation r = recommendation(code, id);
        List<FollowUp> entries = followUps.findByRecommendationIdOrderByFiscalYear(id);
        history(r, entries).checkRecord(fiscalYear);
        Optional<FollowUp> existing =
                entries.stream().filter(f -> f.fiscalYear() == fiscalYear).findFirst();
        ConcurrentEditException.check(version, existing.map(FollowUp::version).orElse(-1L));
        FollowUp f = existing.orElseGet(() -> new FollowUp(id, code, fiscalYear));
        f.record(state, note);
        followUps.saveAndFlush(f);
        return view(r, followUps.findByRecommendationIdOrderByFiscalYear(id));
    }

    @Transactional(readOnly = true)
    public RecommendationView get(String code, long id) {
        return view(recommendation(code, id), followUps.findByRecommendationIdOrderByFiscalYear(id));
    }

    private Recommendation recommendation(String code, long id) {
        return recommendations
                .findById(id)
                .filter(r -> r.municipalityCode().equals(code))
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.recommendation.notFound")));
    }

    private List<RecommendationView> views(Collection<Recommendation> list) {
        Map<Long, List<FollowUp>> byRec = new HashMap<>();
        if (!list.isEmpty()) {
            for (FollowUp f : followUps.findByRecommendationIdIn(
                    list.stream().map(Recommendation::id).toList())) {
                byRec.computeIfAbsent(f.recommendationId(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        return list.stream()
                .map(r -> view(r, byRec.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static FollowUpHistory history(Recommendation r, List<FollowUp> entries) {
        return new FollowUpHistory(
                r.fiscalYear(), entries.stream().map(FollowUp::entry).toList());
    }

    private static RecommendationView view(Recommendation r, List<FollowUp> entries) {
        Map<Integer, Long> versions = new HashMap<>();
        entries.forEach(f -> versions.put(f.fiscalYear(), f.version()));
        return new RecommendationView(
                r.id(),
                r.fiscalYear(),
                r.measureId(),
                r.position(),
                r.text(),
                r.answer(),
                history(r, entries),
                Map.copyOf(versions),
                r.version());
    }
}
