package jp.hoshin.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers lookups for the rest of a read-only transaction (one public page's reads): the municipality is asked for
 * by the controller, the fiscal year, the organisation and the branding, and only the first asks the database. Outside
 * a read-only transaction every call looks up afresh, so a write never reads a remembered value; values must be
 * immutable views. Nothing outlives the transaction: no other instance could need it.
 */
public final class ReadMemo<K, V> {

    private final String name;

    /** {@code name} tells one memo from another in the transaction's resources. */
    public ReadMemo(String name) {
        this.name = ReadMemo.class.getName() + "." + name;
    }

    /**
     * Whether the current transaction only reads (a page's): then nothing unflushed can be pending, and a lookup may read
     * with plain SQL past the persistence context, which costs a page's lookups a fraction of a repository's query.
     */
    public static boolean readOnly() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** What this read-only transaction has remembered for the key, without looking it up; null if nothing. */
    public @Nullable V peek(K key) {
        if (!readOnly()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<K, V> remembered = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
        return remembered == null ? null : remembered.get(key);
    }

    public V get(K key, Function<K, V> lookup) {
        if (!readOnly()) {
            return lookup.apply(key);
        }
        @SuppressWarnings("unchecked")
        Map<K, V> remembered = (Map<K, V>) TransactionSynchronizationManager.getResource(name);
        if (remembered == null) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(name, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(name);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(name, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(name);
                }
            });
            remembered = created;
        }
        V found = remembered.get(key);
        if (found == null) {
            found = lookup.apply(key);
            remembered.put(key, found);
        }
        return found;
    }
}
