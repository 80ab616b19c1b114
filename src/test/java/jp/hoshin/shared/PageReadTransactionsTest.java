package jp.hoshin.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.hoshin.municipality.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's reads run without a database transaction, on one connection; a read-only transaction asked for inside joins
 * them; a writing one begins as anywhere else; outside a page nothing is changed. Asked of PostgreSQL itself: when
 * each statement's transaction began.
 */
@SpringBootTest
class PageReadTransactionsTest {

    /**
     * This statement's backend, and when its transaction began ({@code now()}): the same for every statement of one
     * transaction, a new one for each statement that runs on its own. It sleeps 2 ms, so no two transactions begin in
     * the same microsecond.
     */
    private static final String OWN =
            "select pg_backend_pid() as pid, now() as began, pg_sleep(0.002) is null as slept";

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Municipalities municipalities;

    @Autowired
    EntityManager entityManager;

    private static DefaultTransactionDefinition definition(int propagation, boolean readOnly) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(propagation);
        definition.setReadOnly(readOnly);
        return definition;
    }

    private Map<String, Object> own() {
        return jdbc.sql(OWN).query().singleRow();
    }

    @Test
    void aPagesStatementsRunOneByOneOnOneConnectionAndReadOnlyTransactionsJoinThem() {
        TransactionStatus page =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_SUPPORTS, true));
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(own());
        statements.add(own());

        // a read-only service asks for a transaction (Spring Data's finders do too): it joins the page's reads
        TransactionStatus reading =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_REQUIRED, true));
        assertThat(reading.isNewTransaction()).isFalse();
        assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                .isFalse();
        assertThat(ReadMemo.readOnly())
                .as("lookups are remembered for the page")
                .isTrue();
        statements.add(own());
        assertThat(municipalities.get("990001").code()).isEqualTo("990001"); // through the proxy, as a page calls it
        // JPA reads on the page's one connection too (a repository and plain SQL in one page never hold two)
        Object[] jpa = (Object[]) entityManager.createNativeQuery(OWN).getSingleResult();
        statements.add(Map.of("pid", jpa[0], "began", jpa[1]));
        transactions.commit(reading);
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isTrue();

        // one that may write begins a transaction of its own, as anywhere
        TransactionStatus writing =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_REQUIRED, false));
        assertThat(writing.isNewTransaction()).isTrue();
        assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                .isTrue();
        Map<String, Object> inWriting = own();
        Map<String, Object> laterInWriting = own();
        transactions.commit(writing);

        statements.add(own()); // the page's reads go on where they were
        transactions.commit(page);

        assertThat(statements)
                .extracting(s -> s.get("began"))
                .as("each on its own")
                .doesNotHaveDuplicates();
        assertThat(statements)
                .extracting(s -> s.get("pid"))
                .containsOnly(statements.getFirst().get("pid"));
        // (the writing transaction may well get the same connection: the page's goes back to the pool meanwhile)
        assertThat(laterInWriting.get("began")).as("one transaction").isEqualTo(inWriting.get("began"));
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    }

    @Test
    void outsideAPageAReadOnlyTransactionIsOne() {
        TransactionStatus reading =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_REQUIRED, true));
        assertThat(reading.isNewTransaction()).isTrue();
        Map<String, Object> first = own();
        Map<String, Object> second = own();
        transactions.commit(reading);

        assertThat(second.get("began")).isEqualTo(first.get("began"));
    }

    @Test
    void aReadOnlyTransactionInAWritingOneJoinsIt() {
        TransactionStatus writing =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_REQUIRED, false));
        TransactionStatus reading =
                transactions.getTransaction(definition(TransactionDefinition.PROPAGATION_REQUIRED, true));
        assertThat(reading.isNewTransaction()).isFalse();
        Map<String, Object> first = own();
        Map<String, Object> second = own();
        transactions.commit(reading);
        transactions.commit(writing);

        assertThat(second.get("began")).isEqualTo(first.get("began"));
    }
}
