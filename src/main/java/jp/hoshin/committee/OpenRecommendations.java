package jp.hoshin.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning section's list of 提言 being followed: each with its measure, the measure's owner (担当), the year it
 * was made, its age in fiscal years and its latest state; open ones by default, or those of one state.
 */
@Service
@Transactional(readOnly = true)
public class OpenRecommendations {

    /** Which 提言 the list shows. */
    public enum Filter {
        OPEN,
        NONE,
        IN_PROGRESS,
        NOT_STARTED,
        DONE,
        DECLINED,
        ALL;

        public String label() {
            return switch (this) {
                case OPEN -> Messages.get("committee.filter.OPEN");
                case NONE -> Messages.get("committee.filter.NONE");
                case IN_PROGRESS -> Messages.get("committee.filter.IN_PROGRESS");
                case NOT_STARTED -> Messages.get("committee.filter.NOT_STARTED");
                case DONE -> Messages.get("committee.filter.DONE");
                case DECLINED -> Messages.get("committee.filter.DECLINED");
                case ALL -> Messages.get("committee.filter.ALL");
            };
        }

        public static Filter parse(@Nullable String value) {
            for (Filter f : values()) {
                if (f.name().equals(value)) {
                    return f;
                }
            }
            return OPEN;
        }

        boolean accepts(RecommendationView r) {
            FollowUpState state =
                    r.history().latest().map(FollowUpHistory.Entry::state).orElse(null);
            return switch (this) {
                case OPEN -> r.open();
                case NONE -> state == null;
                case ALL -> true;
                default -> state != null && state.name().equals(name());
            };
        }
    }

    /** One line of the list; {@code age} is the number of fiscal years since the 提言 was made. */
    public record Line(
            RecommendationView recommendation,
            MeasureRef measure,
            int age,
            String stateLabel,
            String stateNote,
            @Nullable Integer stateYear) {}

    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;

    OpenRecommendations(CommitteeReviews reviews, CommitteeMeasures measures) {
        this.reviews = reviews;
        this.measures = measures;
    }

    /**
     * The lines as of the fiscal year {@code currentYear}, in the order made; {@code departmentCode} limits them to the
     * measures that department owns (null: all).
     */
    public List<Line> list(String code, int currentYear, Filter filter, @Nullable String departmentCode) {
        Map<Long, MeasureRef> byId = measures.byId(code);
        List<Line> lines = new ArrayList<>();
        for (RecommendationView r : reviews.recommendations(code, null)) {
            MeasureRef m = byId.get(r.measureId());
            if (m == null || !filter.accepts(r) || departmentCode != null && !m.ownedBy(departmentCode)) {
                continue;
            }
            var latest = r.history().latest();
            lines.add(new Line(
                    r,
                    m,
                    Math.max(0, currentYear - r.fiscalYear()),
                    latest.map(e -> e.state().label()).orElse(Messages.get("committee.state.none")),
                    latest.map(FollowUpHistory.Entry::note).orElse(""),
                    latest.map(FollowUpHistory.Entry::fiscalYear).orElse(null)));
        }
        return lines;
    }
}
