package jp.hoshin.committee;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;

/**
 * The follow-up of one 提言 across the years: made in {@code madeIn}, then one entry per later year in which its state
 * was recorded. A 提言 is open from the year it was made until an entry closes it (対応済 or 対応しない); it is followed,
 * and shown on the measure's later sheets, until then — in the year it is closed it is still shown, with its closing
 * state, and no more after.
 */
public record FollowUpHistory(int madeIn, List<Entry> entries) {

    /** The state recorded in one fiscal year, with its note. */
    public record Entry(int fiscalYear, FollowUpState state, String note) {}

    public FollowUpHistory {
        entries = entries.stream()
                .sorted(Comparator.comparingInt(Entry::fiscalYear))
                .toList();
    }

    /** The latest entry recorded in or before the year. */
    public Optional<Entry> asOf(int year) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.fiscalYear() <= year) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest entry of all. */
    public Optional<Entry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }

    /** Made by then and not closed by an entry of that year or earlier. */
    public boolean openAsOf(int year) {
        return madeIn <= year && asOf(year).map(e -> !e.state().closes()).orElse(true);
    }

    /** Open today: no entry has closed it. */
    public boolean open() {
        return latest().map(e -> !e.state().closes()).orElse(true);
    }

    /** Shown on the measure's sheet of a later year: made earlier and not closed before that year. */
    public boolean followedIn(int year) {
        return madeIn < year && openAsOf(year - 1);
    }

    /**
     * Refuses a follow-up in a year that cannot take one: not later than the year the 提言 was made, after a year whose
     * entry closed it, or before a year that already has an entry (the follow-up goes forward; the latest year's entry
     * may be corrected).
     */
    public void checkRecord(int year) {
        if (year <= madeIn) {
            throw new BusinessRuleException(Messages.get("committee.followUp.laterYear"));
        }
        Optional<Entry> last = latest();
        if (last.isPresent() && last.get().fiscalYear() > year) {
            throw new BusinessRuleException(Messages.get("committee.followUp.laterExists"));
        }
        if (last.isPresent()
                && last.get().fiscalYear() < year
                && last.get().state().closes()) {
            throw new BusinessRuleException(Messages.get("committee.followUp.closed"));
        }
    }
}
