package jp.hoshin.publiccomment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 反映区分の一覧 — the municipality's list of how items are taken into a plan (the default list until the planning
 * section sets its own). Items keep the label they were given; a label removed from the list stays on them.
 */
@Service
@Transactional
public class ReflectionCategories {

    private final ReflectionListRepository lists;

    ReflectionCategories(ReflectionListRepository lists) {
        this.lists = lists;
    }

    @Transactional(readOnly = true)
    public List<ReflectionCategory> categories(String municipalityCode) {
        return lists.findByMunicipalityCode(municipalityCode)
                .map(ReflectionList::categories)
                .filter(l -> !l.isEmpty())
                .orElse(ReflectionCategory.DEFAULTS);
    }

    /** The version of the municipality's list, for the edit form (0 while it has the default list). */
    @Transactional(readOnly = true)
    public long version(String municipalityCode) {
        return lists.findByMunicipalityCode(municipalityCode)
                .map(ReflectionList::version)
                .orElse(0L);
    }

    /** Replaces the list (the version of the list edited: a stale edit is refused). */
    public void save(String municipalityCode, long version, List<ReflectionCategory> list) {
        check(list);
        var stored = lists.findByMunicipalityCode(municipalityCode);
        if (stored.isPresent()) {
            ConcurrentEditException.check(version, stored.get().version());
            stored.get().replace(list);
        } else {
            lists.save(new ReflectionList(municipalityCode, list));
        }
        lists.flush();
    }

    /** Replaces the list whatever its version (the demo data). */
    public void save(String municipalityCode, List<ReflectionCategory> list) {
        save(municipalityCode, version(municipalityCode), list);
    }

    /** 1 to 20 distinct labels, at least one counted as reflected. */
    private static void check(List<ReflectionCategory> list) {
        if (list.isEmpty() || list.size() > 20) {
            throw new BusinessRuleException(Messages.get("comment.reflection.count"));
        }
        Set<String> seen = new HashSet<>();
        for (ReflectionCategory r : list) {
            if (r.label().isBlank() || r.label().length() > ReflectionCategory.MAX_LABEL) {
                throw new BusinessRuleException(Messages.get("comment.reflection.label", ReflectionCategory.MAX_LABEL));
            }
            if (!seen.add(r.label())) {
                throw new BusinessRuleException(Messages.get("comment.reflection.duplicate", r.label()));
            }
        }
        if (list.stream().noneMatch(ReflectionCategory::reflected)) {
            throw new BusinessRuleException(Messages.get("comment.reflection.noneReflected"));
        }
    }
}
