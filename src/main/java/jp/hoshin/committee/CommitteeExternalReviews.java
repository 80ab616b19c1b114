package jp.hoshin.committee;

import java.util.List;

import jp.hoshin.measureevaluation.ExternalReviews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee part of the measure evaluation sheet: the year's rating and 提言, and the 提言 of earlier years the
 * sheet still follows (not closed before the year; one closed in the year is shown with its closing state). States
 * are as of the sheet's year, so an earlier sheet never shows a later follow-up.
 */
@Component
class CommitteeExternalReviews implements ExternalReviews {

    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;

    CommitteeExternalReviews(CommitteeReviews reviews, CommitteeMeasures measures) {
        this.reviews = reviews;
        this.measures = measures;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureReview of(String municipalityCode, int fiscalYear, long measureId) {
        if (measures.find(municipalityCode, measureId).isEmpty()) {
            return MeasureReview.none();
        }
        CommitteeReviews.MeasureYear year = reviews.measureYear(municipalityCode, fiscalYear, measureId);
        return new MeasureReview(
                year.rating().label(), spi(year.thisYear(), fiscalYear), spi(year.earlier(), fiscalYear));
    }

    private static List<Recommendation> spi(List<RecommendationView> list, int fiscalYear) {
        return list.stream()
                .map(r -> new Recommendation(
                        r.id(),
                        r.fiscalYear(),
                        r.text(),
                        r.answer(),
                        r.stateLabelAsOf(fiscalYear),
                        r.stateNoteAsOf(fiscalYear),
                        r.openAsOf(fiscalYear)))
                .toList();
    }
}
