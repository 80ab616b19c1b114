package jp.hoshin.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the public cache reads the change counters (issue 19): not on every request while some request writes, but once
 * after a request here may have written, before anything else is answered; and once for a burst of requests.
 */
@SpringBootTest
class PageStampsTest {

    /** Long enough that no read in these tests is due to the interval. */
    private static final long HOUR = Duration.ofHours(1).toNanos();

    @Autowired
    DataSource dataSource;

    /** The database's JdbcTemplate, counting the statements the stamps send. */
    private final class Counting extends JdbcTemplate {
        final AtomicInteger reads = new AtomicInteger();

        Counting() {
            super(dataSource);
        }

        @Override
        public void query(String sql, RowCallbackHandler handler) {
            reads.incrementAndGet();
            super.query(sql, handler);
        }
    }

    private long bump(JdbcTemplate jdbc, String scope) {
        jdbc.execute("select bump_content_version('" + scope + "')");
        Long v = jdbc.queryForObject("select version from content_version where scope = ?", Long.class, scope);
        return v == null ? 0 : v;
    }

    @Test
    void aWriteHereIsSeenByTheNextRequestAndNothingIsReadPerRequestOtherwise() {
        Counting jdbc = new Counting();
        PageStamps stamps = new PageStamps(jdbc, HOUR);
        long before = stamps.stamp("990001").version();
        assertThat(jdbc.reads).hasValue(1);

        // another instance's change (or one not marked): seen only after the interval
        bump(jdbc, "990001");
        assertThat(stamps.stamp("990001").version()).isEqualTo(before);
        assertThat(stamps.stamp("132047").version()).isNotNegative();
        assertThat(jdbc.reads).hasValue(1);

        // a request here that may have written: the next request reads, once
        stamps.mayHaveWritten();
        assertThat(stamps.stamp("990001").version()).isEqualTo(before + 1);
        assertThat(stamps.stamp("990001").version()).isEqualTo(before + 1);
        assertThat(jdbc.reads).hasValue(2);

        // the shared counter counts for every municipality's pages
        bump(jdbc, "");
        stamps.mayHaveWritten();
        assertThat(stamps.stamp("990001").version()).isEqualTo(before + 2);
        assertThat(stamps.lastRead()).isNotNull();
    }

    @Test
    void aBurstOfRequestsAfterAWriteReadTheCountersOnce() throws Exception {
        Counting jdbc = new Counting();
        PageStamps stamps = new PageStamps(jdbc, HOUR);
        stamps.stamp("990001");
        long changed = bump(jdbc, "990001");
        stamps.mayHaveWritten();
        int readers = 32;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> seen = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            for (int i = 0; i < readers; i++) {
                seen.add(pool.submit(() -> {
                    go.await();
                    return stamps.stamp("990001").version();
                }));
            }
            go.countDown();
            for (Future<Long> f : seen) {
                assertThat(f.get()).as("every request after the write sees it").isGreaterThanOrEqualTo(changed);
            }
        }
        assertThat(jdbc.reads)
                .as("one read for the first request, one after the write")
                .hasValue(2);
    }
}
