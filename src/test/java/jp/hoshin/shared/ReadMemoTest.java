package jp.hoshin.shared;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class ReadMemoTest {

    private final ReadMemo<String, String> memo = new ReadMemo<>("test");
    private final AtomicInteger lookups = new AtomicInteger();
    private final Function<String, String> lookup = key -> key + "#" + lookups.incrementAndGet();

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    private static void complete() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clear();
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            complete();
        }
    }

    @Test
    void aReadOnlyTransactionLooksUpOncePerKey() {
        begin(true);
        assertThat(memo.get("132047", lookup)).isEqualTo("132047#1");
        assertThat(memo.get("132047", lookup)).isEqualTo("132047#1");
        assertThat(memo.get("990001", lookup)).isEqualTo("990001#2");
        complete();

        begin(true); // the next page reads afresh
        assertThat(memo.get("132047", lookup)).isEqualTo("132047#3");
        assertThat(TransactionSynchronizationManager.getResourceMap()).isNotEmpty();
        complete();
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void aWritingTransactionAlwaysLooksUp() {
        begin(false);
        memo.get("132047", lookup);
        memo.get("132047", lookup);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void withoutATransactionEveryCallLooksUp() {
        memo.get("132047", lookup);
        memo.get("132047", lookup);
        assertThat(lookups).hasValue(2);
    }
}
