package jp.hoshin.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What is derived from a municipality's data, kept while the data is unchanged: each value with the {@link
 * ContentVersions content stamp} it was derived at, derived anew once the municipality's counter (or the shared one)
 * has moved, so an edit, made on any instance, shows on the next request. The stamp is read before the data, so a value
 * is never kept under a stamp newer than its data; in a writing transaction nothing is kept or taken from here (its
 * own changes move no counter before it commits). At most {@code limit} values; the least recently used go first.
 *
 * <p>Not the public page cache: that keeps the bytes of whole responses for anonymous readers, checks the counters at
 * most every 200 ms and may be switched off; this keeps what a page is made of, checked on every request, for every
 * reader (signed-in staff too), and the page is still written for each request (its layout, sign-in state, flash).
 */
public final class KeptWhileUnchanged<K, V> {

    private record Key<K>(String municipalityCode, K key) {}

    private record Kept<V>(ContentVersions.Stamp stamp, V value) {}

    private final ContentVersions versions;
    private final Map<Key<K>, Kept<V>> kept;

    public KeptWhileUnchanged(ContentVersions versions, int limit) {
        this.versions = versions;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key<K>, Kept<V>> eldest) {
                return size() > limit;
            }
        };
    }

    /** The value derived for this key at the municipality's current stamp, or {@code derive}'s result, kept. */
    public V get(String municipalityCode, K key, Supplier<V> derive) {
        return Objects.requireNonNull(find(municipalityCode, key, derive::get));
    }

    /**
     * {@link #get}, for what may not exist: a null result (a made-up address) is not kept, so made-up keys cannot push
     * out what is kept.
     */
    public @Nullable V find(String municipalityCode, K key, Supplier<@Nullable V> derive) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a writing transaction may read its own changes, which move no stamp before it commits (nor if it rolls
            // back): nothing it reads is kept, and it reads nothing kept
            return derive.get();
        }
        ContentVersions.Stamp stamp = versions.stamp(municipalityCode);
        Key<K> k = new Key<>(municipalityCode, key);
        synchronized (kept) {
            Kept<V> found = kept.get(k);
            if (found != null && found.stamp().equals(stamp)) {
                return found.value();
            }
        }
        V value = derive.get();
        if (value != null) {
            synchronized (kept) {
                kept.put(k, new Kept<>(stamp, value));
            }
        }
        return value;
    }

    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
