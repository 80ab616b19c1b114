package jp.hoshin.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import jp.hoshin.search.SearchDocument;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of a municipality, document by document: each document carries its id with a digest of
 * everything it was made from (a doc value, read without loading the stored text), so that a municipality indexed
 * again puts back only the documents whose digest changed.
 */
final class HeldDocuments {

    private static final String FIELD = "held";
    private static final char SEPARATOR = '\n';

    private HeldDocuments() {}

    /** The doc value a document is indexed with: its id and its {@link #digest}. */
    static BinaryDocValuesField field(SearchDocument d) {
        return new BinaryDocValuesField(FIELD, new BytesRef(d.id() + SEPARATOR + digest(d)));
    }

    /** A digest of every field of the document (audiences in order), each field delimited. */
    static String digest(SearchDocument d) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Object part : new Object[] {
            d.id(),
            d.municipalityCode(),
            d.kind().name(),
            d.year(),
            d.departmentCode(),
            d.departmentName(),
            d.title(),
            d.body(),
            d.url(),
            String.join(",", new TreeSet<>(d.audiences()))
        }) {
            // a missing value and an empty one differ: each part says its length, or -1
            String text = part == null ? null : part.toString();
            byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
            sha.update((text == null ? "-1" : Integer.toString(bytes.length)).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
    }

    /**
     * The documents held for the municipality (those the query finds), id to digest; null when they cannot be told apart (an id held twice, or
     * a document without its digest): the municipality is then put again whole.
     */
    static @Nullable Map<String, String> of(SearcherManager searchers, Query municipality) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.search(municipality, new Reader());
        } finally {
            searchers.release(searcher);
        }
    }

    private static final class Reader implements CollectorManager<Collector, @Nullable Map<String, String>> {

        @Override
        public Collector newCollector() {
            return new Collector();
        }

        @Override
        public @Nullable Map<String, String> reduce(Collection<Collector> collectors) {
            Map<String, String> held = new HashMap<>();
            for (Collector c : collectors) {
                if (c.unreadable) {
                    return null;
                }
                for (Map.Entry<String, String> e : c.held.entrySet()) {
                    if (held.put(e.getKey(), e.getValue()) != null) {
                        return null;
                    }
                }
            }
            return held;
        }
    }

    private static final class Collector extends SimpleCollector {
        final Map<String, String> held = new HashMap<>();
        boolean unreadable;
        private @Nullable BinaryDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getBinaryDocValues(FIELD);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values == null || !values.advanceExact(doc)) {
                unreadable = true;
                return;
            }
            String value = values.binaryValue().utf8ToString();
            int cut = value.lastIndexOf(SEPARATOR);
            if (cut < 0 || held.put(value.substring(0, cut), value.substring(cut + 1)) != null) {
                unreadable = true;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
