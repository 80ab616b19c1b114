package jp.hoshin.publiccomment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The numbers 1…N of a consultation's published items, in the order of the results: grouped by 論点 (items without
 * one last), the groups in the order of their first item (第2章 before 第10章 when its items come first, not by text),
 * and within a group in the order the opinions came and the order of the items within each — or, for an archived
 * consultation imported from a city's results, in the order of the numbers it had there (kept as the positions).
 */
final class ItemNumbering {

    private final List<OpinionItem> ordered;
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final Map<Long, OpinionItem> byId = new HashMap<>();

    ItemNumbering(List<OpinionItem> items, Set<Long> withheldOpinions) {
        this(items, withheldOpinions, false);
    }

    ItemNumbering(List<OpinionItem> items, Set<Long> withheldOpinions, boolean byPosition) {
        items.forEach(i -> byId.put(i.id(), i));
        Comparator<OpinionItem> arrival = byPosition
                ? Comparator.comparing(OpinionItem::position)
                : Comparator.comparing(OpinionItem::opinionId).thenComparing(OpinionItem::position);
        List<OpinionItem> visible = items.stream()
                .filter(i -> !withheldOpinions.contains(i.opinionId()))
                .sorted(arrival)
                .toList();
        Map<String, Integer> groupRank = new HashMap<>();
        for (OpinionItem i : visible) {
            if (i.topic() != null) {
                groupRank.putIfAbsent(i.topic(), groupRank.size());
            }
        }
        // a stable sort: within a group the items keep their arrival order
        this.ordered = visible.stream()
                .sorted(Comparator.comparing(
                        (OpinionItem i) -> i.topic() == null ? Integer.MAX_VALUE : groupRank.get(i.topic())))
                .toList();
        int n = 1;
        for (OpinionItem i : ordered) {
            numbers.put(i.id(), n++);
        }
    }

    /** The published items in result order. */
    List<OpinionItem> ordered() {
        return ordered;
    }

    /** The item's number; 0 when it is not published. */
    int number(long itemId) {
        return numbers.getOrDefault(itemId, 0);
    }

    /** The published item of that number, if any. */
    @Nullable
    OpinionItem byNumber(int number) {
        return number >= 1 && number <= ordered.size() ? ordered.get(number - 1) : null;
    }

    /** The view of an item with its number and the answer it shows (its own or the shared one). */
    OpinionItemView view(OpinionItem i) {
        OpinionItem answered = i.answerOf() == null ? null : byId.get(i.answerOf());
        return i.view(number(i.id()), answered, answered == null ? 0 : number(answered.id()));
    }
}
