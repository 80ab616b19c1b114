package jp.hoshin.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import jp.hoshin.search.SearchKind;
import jp.hoshin.search.SearchResults.Count;
import jp.hoshin.search.SearchResults.Facets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.jspecify.annotations.Nullable;

/**
 * Counts the hits of a search by year, kind and department, from the doc values {@link LuceneSearchIndex} writes:
 * years newest first, kinds in their order, departments by count then name.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counter, Facets> {

    static final class Counter extends SimpleCollector {
        final Map<Long, Long> years = new HashMap<>();
        final Map<String, Long> kinds = new HashMap<>();
        final Map<String, Long> departments = new HashMap<>();
        private @Nullable NumericDocValues year;
        private @Nullable SortedDocValues kind;
        private @Nullable SortedDocValues department;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            year = context.reader().getNumericDocValues(LuceneSearchIndex.YEAR);
            kind = context.reader().getSortedDocValues(LuceneSearchIndex.KIND);
            department = context.reader().getSortedDocValues(LuceneSearchIndex.DEPARTMENT);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (year != null && year.advanceExact(doc)) {
                years.merge(year.longValue(), 1L, Long::sum);
            }
            if (kind != null && kind.advanceExact(doc)) {
                kinds.merge(kind.lookupOrd(kind.ordValue()).utf8ToString(), 1L, Long::sum);
            }
            if (department != null && department.advanceExact(doc)) {
                departments.merge(department.lookupOrd(department.ordValue()).utf8ToString(), 1L, Long::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Facets reduce(Collection<Counter> counters) {
        Map<Long, Long> years = new HashMap<>();
        Map<String, Long> kinds = new HashMap<>();
        Map<String, Long> departments = new HashMap<>();
        for (Counter c : counters) {
            c.years.forEach((k, v) -> years.merge(k, v, Long::sum));
            c.kinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
            c.departments.forEach((k, v) -> departments.merge(k, v, Long::sum));
        }
        return new Facets(
                years.entrySet().stream()
                        .sorted(Map.Entry.<Long, Long>comparingByKey().reversed())
                        .map(e -> new Count<>(e.getKey().intValue(), e.getValue()))
                        .toList(),
                kinds.entrySet().stream()
                        .map(e -> new Count<>(SearchKind.valueOf(e.getKey()), e.getValue()))
                        .sorted(Comparator.comparing(c -> c.value().ordinal()))
                        .toList(),
                departments.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> new Count<>(e.getKey(), e.getValue()))
                        .toList());
    }
}
