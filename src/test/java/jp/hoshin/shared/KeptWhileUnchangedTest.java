package jp.hoshin.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept value stays while its municipality's stamp is unchanged and is derived anew once either counter moves. */
class KeptWhileUnchangedTest {

    /** The counters as a test sets them, without a database. */
    private static final class Counters extends ContentVersions {

        final Map<String, Long> own = new HashMap<>();
        long shared = 1;

        Counters() {
            super(null);
        }

        @Override
        public Stamp stamp(String municipalityCode) {
            return new Stamp(own.getOrDefault(municipalityCode, 0L), shared);
        }
    }

    private final Counters counters = new Counters();
    private final KeptWhileUnchanged<String, String> kept = new KeptWhileUnchanged<>(counters, 3);
    private final AtomicInteger derivations = new AtomicInteger();

    private Supplier<String> derive(String key) {
        return () -> key + "#" + derivations.incrementAndGet();
    }

    @AfterEach
    void noTransactionLeft() {
        TransactionSynchronizationManager.clear();
    }

    @Test
    void aValueIsKeptUntilItsMunicipalityOrTheSharedCounterMoves() {
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#1");
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#1");

        counters.own.put("990001", 5L); // another city's edit
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#1");

        counters.own.put("132047", 1L); // this city's edit
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#2");
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#2");

        counters.shared = 2; // a change whose city is unknown
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#3");
    }

    @Test
    void theSameKeyOfAnotherMunicipalityIsItsOwn() {
        assertThat(kept.get("132047", "P1", derive("mitaka"))).isEqualTo("mitaka#1");
        assertThat(kept.get("990001", "P1", derive("sample"))).isEqualTo("sample#2");
        assertThat(kept.get("132047", "P1", derive("mitaka"))).isEqualTo("mitaka#1");
    }

    @Test
    void nothingIsKeptForWhatDoesNotExist() {
        assertThat(kept.find("132047", "made-up", () -> null)).isNull();
        assertThat(kept.size()).isZero();
    }

    @Test
    void theLeastRecentlyUsedGoBeyondTheLimit() {
        kept.get("132047", "a", derive("a"));
        kept.get("132047", "b", derive("b"));
        kept.get("132047", "c", derive("c"));
        kept.get("132047", "a", derive("a")); // used again: b is now the oldest
        kept.get("132047", "d", derive("d"));
        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.get("132047", "a", derive("a"))).isEqualTo("a#1");
        assertThat(kept.get("132047", "b", derive("b"))).isEqualTo("b#5");
    }

    @Test
    void aWritingTransactionNeitherKeepsNorTakesWhatIsKept() {
        kept.get("132047", "K2-3", derive("K2-3"));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        // its own uncommitted edit moves no counter yet: what it reads must be read
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#2");
        assertThat(kept.get("132047", "new", derive("new"))).isEqualTo("new#3");
        TransactionSynchronizationManager.clear();
        assertThat(kept.get("132047", "K2-3", derive("K2-3"))).isEqualTo("K2-3#1");
        assertThat(kept.size()).isEqualTo(1);
    }
}
