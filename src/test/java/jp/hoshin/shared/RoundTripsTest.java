package jp.hoshin.shared;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.shared.RoundTrips.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements sent together arrive together: PostgreSQL runs them in one implicit transaction (one Sync), which it could
 * not do for statements sent one by one on a connection in autocommit. Each statement keeps its own parameters, and the
 * results are read in the order sent, an empty one included.
 */
@SpringBootTest
class RoundTripsTest {

    /** When the statement's transaction began, after a 2 ms sleep: no two transactions begin in the same microsecond. */
    private static final String BEGAN = "select now() as began, pg_sleep(0.002) is null as slept, ?::int as n";

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    JdbcClient jdbc;

    record Began(OffsetDateTime began, int n) {}

    @Test
    void statementsSentTogetherRunInOneRoundTripEachWithItsParameters() {
        List<Began> read = roundTrips.send(
                List.of(Statement.of(BEGAN, 1), Statement.of(BEGAN, 2), Statement.of(BEGAN, 3)), results -> {
                    List<Began> rows = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        rows.addAll(results.list(
                                (rs, n) -> new Began(rs.getObject("began", OffsetDateTime.class), rs.getInt("n"))));
                    }
                    return rows;
                });
        assertThat(read).extracting(Began::n).containsExactly(1, 2, 3);
        assertThat(read).extracting(Began::began).containsOnly(read.getFirst().began());
        // sent one by one, the same statements begin a transaction each
        var alone = List.of(
                jdbc.sql(BEGAN)
                        .param(1)
                        .query((rs, n) -> rs.getObject("began", OffsetDateTime.class))
                        .single(),
                jdbc.sql(BEGAN)
                        .param(2)
                        .query((rs, n) -> rs.getObject("began", OffsetDateTime.class))
                        .single());
        assertThat(alone.get(0)).isNotEqualTo(alone.get(1));
    }

    @Test
    void anEmptyResultInTheMiddleIsReadInItsTurn() {
        List<List<String>> read = roundTrips.send(
                List.of(
                        Statement.of("select ?::text as t", "一"),
                        Statement.of("select 'x' as t where false"),
                        Statement.of("select ?::text as t union all select ?::text", "三", "四")),
                results -> List.of(
                        results.list((rs, n) -> rs.getString("t")),
                        results.list((rs, n) -> rs.getString("t")),
                        results.read(rs -> {
                            List<String> rows = new ArrayList<>();
                            while (rs.next()) {
                                rows.add(rs.getString("t"));
                            }
                            return rows;
                        })));
        assertThat(read).containsExactly(List.of("一"), List.of(), List.of("三", "四"));
    }

    @Test
    void readingMoreResultsThanStatementsSentIsRefused() {
        assertThatThrownBy(() -> roundTrips.send(List.of(Statement.of("select 1 as one")), results -> {
                    results.each(rs -> {});
                    return results.list((rs, n) -> 1);
                }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void carriedStatementsGoInTheSameRoundTripAndEachReadsItsOwnResults() {
        List<OffsetDateTime> carriedBegan = new ArrayList<>();
        List<Integer> carriedN = new ArrayList<>();
        RoundTrips.Reading<Void> carriedReading = results -> {
            results.each(rs -> {
                carriedBegan.add(rs.getObject("began", OffsetDateTime.class));
                carriedN.add(rs.getInt("n"));
            });
            return null;
        };
        OffsetDateTime first = roundTrips.send(
                List.of(Statement.of(BEGAN, 1)),
                List.of(
                        new RoundTrips.Carried(Statement.of(BEGAN, 2), carriedReading),
                        new RoundTrips.Carried(Statement.of(BEGAN, 3), carriedReading)),
                results -> results.list((rs, n) -> rs.getObject("began", OffsetDateTime.class))
                        .getFirst());
        assertThat(carriedN).containsExactly(2, 3);
        assertThat(carriedBegan).containsOnly(first);
    }

    @Test
    void aReadingThatLeavesItsResultsToTheCarriedIsRefused() {
        RoundTrips.Carried carried = new RoundTrips.Carried(
                Statement.of("select 2 as two"), results -> results.list((rs, n) -> rs.getInt(1)));
        // the first reading reads nothing: the carried one would read the first statement's results as its own
        assertThatThrownBy(
                        () -> roundTrips.send(List.of(Statement.of("select 1 as one")), List.of(carried), results -> 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read 0");
        // a carried reading that reads nothing is refused as well
        RoundTrips.Carried idle = new RoundTrips.Carried(Statement.of("select 2 as two"), results -> 0);
        assertThatThrownBy(() -> roundTrips.send(
                        List.of(Statement.of("select 1 as one")),
                        List.of(idle),
                        results -> results.list((rs, n) -> rs.getInt(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read 1");
    }
}
