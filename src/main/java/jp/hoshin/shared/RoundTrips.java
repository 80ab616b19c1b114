package jp.hoshin.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;

/**
 * Statements sent to PostgreSQL together, in one round trip, and their results read in order. For a page's reads that
 * do not depend on each other's rows: a round trip costs more than a small statement. pgbench measured two of the
 * results page's statements at 6,000 a second sent one after the other and 11,400 sent together (issue 19).
 *
 * <p>The driver (pgjdbc) sends every statement of the string, each with its own parameters, and one Sync. They run on
 * the connection of the current transaction or page scope, as any other statement, one after another; under READ
 * COMMITTED each takes its own snapshot, as it would sent alone.
 */
@Component
public class RoundTrips {

    private final JdbcTemplate jdbc;

    RoundTrips(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement with {@code ?} for each parameter, and the parameters. */
    public record Statement(String sql, List<?> params) {

        public static Statement of(String sql, Object... params) {
            return new Statement(sql, Arrays.asList(params));
        }
    }

    /** What the caller does with the results: {@link Results} gives each statement's in turn. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Results results) throws SQLException;
    }

    /**
     * A statement that another module's round trip may carry, with what becomes of its rows: a module offers one so that
     * a page's reads from two modules go to PostgreSQL together, without either writing the other's SQL. Its reading
     * takes exactly its own statement's results.
     */
    public record Carried(Statement statement, Reading<?> reading) {}

    /** The statements' results, in the order they were sent; each is read once, then closed. */
    public interface Results {

        /** The next statement's rows, one by one. */
        void each(RowCallbackHandler rows) throws SQLException;

        /** The next statement's rows, each mapped. */
        <T> List<T> list(RowMapper<T> rows) throws SQLException;

        /** The next statement's rows, read whole. */
        <T> T read(ResultSetExtractor<T> rows) throws SQLException;
    }

    /** Sends the statements in one round trip, then lets {@code reading} read their results in order. */
    public <T> T send(List<Statement> statements, Reading<T> reading) {
        return send(statements, List.of(), reading);
    }

    /**
     * Sends the statements, then the carried ones, in one round trip; lets {@code reading} read the statements' results,
     * then each carried statement's reading its own, in order. A reading that reads more or fewer results than its
     * statements is refused.
     */
    public <T> T send(List<Statement> statements, List<Carried> carried, Reading<T> reading) {
        List<Statement> all = new ArrayList<>(statements);
        carried.forEach(c -> all.add(c.statement()));
        String sql = all.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
        return jdbc.execute((Connection c) -> c.prepareStatement(sql), (PreparedStatement sent) -> {
            int index = 1;
            for (Statement s : all) {
                for (Object param : s.params()) {
                    StatementCreatorUtils.setParameterValue(sent, index++, SqlTypeValue.TYPE_UNKNOWN, param);
                }
            }
            sent.execute();
            SentResults results = new SentResults(sent, all.size());
            T read = reading.read(results);
            results.haveRead(statements.size());
            int upTo = statements.size();
            for (Carried c : carried) {
                c.reading().read(results);
                results.haveRead(++upTo);
            }
            return read;
        });
    }

    /** The results of a sent string of statements, in order. */
    private static final class SentResults implements Results {

        private final PreparedStatement sent;
        private final int statements;
        private int read;

        SentResults(PreparedStatement sent, int statements) {
            this.sent = sent;
            this.statements = statements;
        }

        @Override
        public void each(RowCallbackHandler rows) throws SQLException {
            try (ResultSet rs = next()) {
                while (rs.next()) {
                    rows.processRow(rs);
                }
            }
        }

        @Override
        public <T> List<T> list(RowMapper<T> rows) throws SQLException {
            List<T> mapped = new ArrayList<>();
            try (ResultSet rs = next()) {
                int n = 0;
                while (rs.next()) {
                    mapped.add(rows.mapRow(rs, n++));
                }
            }
            return mapped;
        }

        @Override
        public <T> T read(ResultSetExtractor<T> rows) throws SQLException {
            try (ResultSet rs = next()) {
                T value = rows.extractData(rs);
                if (value == null) {
                    throw new IllegalStateException("statement " + read + " was read as nothing");
                }
                return value;
            }
        }

        /** Refuses a reading that did not read exactly the results up to {@code count}. */
        void haveRead(int count) {
            if (read != count) {
                throw new IllegalStateException("read " + read + " statements' results where " + count + " were due");
            }
        }

        /** The next statement's rows. */
        private ResultSet next() throws SQLException {
            if (read == statements) {
                throw new IllegalStateException("all " + statements + " statements' results have been read");
            }
            if (read++ > 0 && !sent.getMoreResults()) {
                throw new IllegalStateException("statement " + read + " of " + statements + " gave no rows");
            }
            ResultSet rs = sent.getResultSet();
            if (rs == null) {
                throw new IllegalStateException("statement " + read + " of " + statements + " gave no rows");
            }
            return rs;
        }
    }
}
