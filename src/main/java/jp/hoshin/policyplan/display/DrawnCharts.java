package jp.hoshin.policyplan.display;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Charts already drawn, so that a page shown again does not draw them again (issue 19: a measure page with three charts
 * spent a tenth of its time here). The key is the whole data a chart is drawn from — the placed indicator, a record of
 * records compared by value — and the element id, so a chart is drawn once for each version of its data: an edited value,
 * target or name is a different key and is drawn anew, and no edit can bring back an older chart. The least recently
 * used charts go beyond {@link #LIMIT} (a few megabytes).
 */
final class DrawnCharts {

    static final int LIMIT = 2_000;

    private record Key(Object data, String kind, String id) {}

    private final Map<Key, String> drawn = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > LIMIT;
        }
    };

    /** The markup drawn for this data before, or {@code draw}'s result, kept. */
    String of(Object data, String kind, String id, Supplier<String> draw) {
        Key key = new Key(data, kind, id);
        synchronized (drawn) {
            String kept = drawn.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String made = draw.get();
        synchronized (drawn) {
            drawn.put(key, made);
        }
        return made;
    }

    int size() {
        synchronized (drawn) {
            return drawn.size();
        }
    }
}
