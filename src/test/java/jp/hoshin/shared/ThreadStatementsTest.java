package jp.hoshin.shared;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting data source counts each statement of this thread once, whoever issues it, and nothing of another
 * thread or of a transaction's begin and commit; the pool and the driver's connection are still reached by unwrap.
 */
@SpringBootTest
class ThreadStatementsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    @Test
    void eachStatementOfThisThreadCountsOnce() throws Exception {
        ThreadStatements.Counted<Integer> counted = ThreadStatements.during(() -> transactions.execute(status -> {
            jdbc.sql("select 1").query(Integer.class).single();
            jdbc.sql("select 2").query(Integer.class).single();
            return jdbc.sql("select 3").query(Integer.class).single();
        }));
        assertThat(counted.result()).isEqualTo(3);
        assertThat(counted.statements()).containsExactly("select 1", "select 2", "select 3");
    }

    @Test
    void anotherThreadsStatementsDoNotCount() throws Exception {
        ThreadStatements.Counted<Integer> counted = ThreadStatements.during(() -> CompletableFuture.supplyAsync(
                        () -> jdbc.sql("select 4").query(Integer.class).single())
                .join());
        assertThat(counted.result()).isEqualTo(4);
        assertThat(counted.statements()).isEmpty();
        assertThat(ThreadStatements.during(
                                () -> jdbc.sql("select 5").query(Integer.class).list())
                        .statements())
                .isEqualTo(List.of("select 5"));
    }

    @Test
    void thePoolAndTheDriversConnectionAreStillThere() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getPoolName()).isEqualTo("hoshin-embedded");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(PGConnection.class).getBackendPID()).isPositive();
        }
        assertThat(meters.find("hikaricp.connections")
                        .tag("pool", "hoshin-embedded")
                        .gauge())
                .as("the pool's metrics")
                .isNotNull();
    }
}
