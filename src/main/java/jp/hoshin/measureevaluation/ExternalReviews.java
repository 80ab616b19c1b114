package jp.hoshin.measureevaluation;

import java.util.List;

/**
 * What an external evaluation committee (外部評価委員会) said about one measure (施策) in a fiscal year, shown on the
 * measure evaluation sheet. Implemented by the committee module; when no implementation is present the sheet shows
 * no committee part.
 */
public interface ExternalReviews {

    /**
     * The committee's rating of the measure in that year, its recommendations (提言) of that year, and those of
     * earlier years that are still open.
     */
    MeasureReview of(String municipalityCode, int fiscalYear, long measureId);

    /** rating is the committee's rating label, empty when it gave none. */
    record MeasureReview(String rating, List<Recommendation> thisYear, List<Recommendation> stillOpen) {
        public static MeasureReview none() {
            return new MeasureReview("", List.of(), List.of());
        }
    }

    /** stateLabel is the follow-up state's label (e.g. 対応中), empty while not yet followed up. */
    record Recommendation(
            long id, int fiscalYear, String text, String answer, String stateLabel, String stateNote, boolean open) {}
}
