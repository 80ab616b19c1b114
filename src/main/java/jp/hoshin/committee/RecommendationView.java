package jp.hoshin.committee;

import java.util.Map;
import java.util.Optional;

/**
 * A 提言 with the city's answer and its follow-up across years; {@code followUpVersions} holds the version of each
 * year's entry (a form sends it back).
 */
public record RecommendationView(
        long id,
        int fiscalYear,
        long measureId,
        int position,
        String text,
        String answer,
        FollowUpHistory history,
        Map<Integer, Long> followUpVersions,
        long version) {

    /** The state recorded in or before the year (empty while not yet followed up). */
    public Optional<FollowUpHistory.Entry> asOf(int year) {
        return history.asOf(year);
    }

    public String stateLabelAsOf(int year) {
        return asOf(year).map(e -> e.state().label()).orElse("");
    }

    public String stateNoteAsOf(int year) {
        return asOf(year).map(FollowUpHistory.Entry::note).orElse("");
    }

    public boolean openAsOf(int year) {
        return history.openAsOf(year);
    }

    public boolean open() {
        return history.open();
    }

    /** The entry recorded in exactly that year. */
    public Optional<FollowUpHistory.Entry> entryIn(int year) {
        return history.entries().stream().filter(e -> e.fiscalYear() == year).findFirst();
    }

    /** The version of that year's entry, -1 when there is none. */
    public long followUpVersionIn(int year) {
        return followUpVersions.getOrDefault(year, -1L);
    }
}
