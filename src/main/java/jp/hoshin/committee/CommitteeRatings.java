package jp.hoshin.committee;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 委員会の評価の区分 — the municipality's list of the committee's ratings (A / B / C / D until the planning section sets
 * its own). A rating keeps the label it was recorded with; a label removed from the list stays on it.
 */
@Service
@Transactional
public class CommitteeRatings {

    public static final List<String> DEFAULTS = List.of("A", "B", "C", "D");
    public static final int MAX_LABEL = 50;
    public static final int MAX_COUNT = 20;

    private final RatingSettingRepository settings;

    CommitteeRatings(RatingSettingRepository settings) {
        this.settings = settings;
    }

    /** The scale and the version a form sends back (0 while the default is used). */
    public record Scale(List<String> labels, long version) {}

    @Transactional(readOnly = true)
    public Scale scale(String code) {
        return settings.findByMunicipalityCode(code)
                .map(s -> new Scale(s.labels(), s.version()))
                .orElse(new Scale(DEFAULTS, 0));
    }

    /** Replaces the list: 1 to 20 distinct labels of at most 50 characters. */
    public Scale save(String code, long version, List<String> labels) {
        if (labels.isEmpty() || labels.size() > MAX_COUNT) {
            throw new BusinessRuleException(Messages.get("committee.ratings.count", String.valueOf(MAX_COUNT)));
        }
        Set<String> seen = new HashSet<>();
        for (String l : labels) {
            if (l.isBlank() || l.length() > MAX_LABEL) {
                throw new BusinessRuleException(Messages.get("committee.ratings.label", String.valueOf(MAX_LABEL)));
            }
            if (!seen.add(l)) {
                throw new BusinessRuleException(Messages.get("committee.ratings.duplicate", l));
            }
        }
        RatingSetting s = settings.findByMunicipalityCode(code).orElseGet(() -> new RatingSetting(code));
        ConcurrentEditException.check(version, s.version());
        s.change(labels);
        RatingSetting saved = settings.saveAndFlush(s);
        return new Scale(saved.labels(), saved.version());
    }
}
