package jp.hoshin.shared;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL statements one thread executes through the application's {@link DataSource}, whoever issues them (Hibernate,
 * JdbcClient, JdbcTemplate): each call of {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code
 * executeLargeUpdate}, {@code executeBatch} or {@code executeLargeBatch} on a {@link Statement}, {@link
 * PreparedStatement} or {@link CallableStatement} counts once (a batch is one statement however many rows it carries).
 * Not counted: transaction begin, commit and rollback (the driver sends them for {@code Connection.setAutoCommit},
 * {@code commit}, {@code rollback}), the pool's own connection checks (the pool is below the counting proxy), and
 * statements on a connection reached by {@code unwrap} (PGConnection's COPY and large objects).
 *
 * <p>Only the thread that calls {@link #during} is counted: MockMvc renders a request on the test's thread, so a
 * scheduler's statements on another thread never disturb a page's count. Every test application context's data source
 * is wrapped ({@link ThreadStatementsConfiguration}); the wrapper unwraps to the pool and its connections to the
 * driver's as before.
 */
public final class ThreadStatements {

    private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

    private ThreadStatements() {}

    /** What the work returned and the SQL of each statement it executed on this thread, in order. */
    public record Counted<T>(T result, List<String> statements) {}

    public static <T> Counted<T> during(Callable<T> work) throws Exception {
        if (EXECUTED.get() != null) {
            throw new IllegalStateException("statements are already being counted on this thread");
        }
        List<String> executed = new ArrayList<>();
        EXECUTED.set(executed);
        try {
            T result = work.call();
            return new Counted<>(result, List.copyOf(executed));
        } finally {
            EXECUTED.remove();
        }
    }

    static DataSource counting(DataSource target) {
        return new CountingDataSource(target);
    }

    private static void executed(String sql) {
        List<String> executed = EXECUTED.get();
        if (executed != null) {
            executed.add(sql);
        }
    }

    /** Closes the pool when the context closes: the data source bean's destroy method {@code close} is called here. */
    static final class CountingDataSource extends DelegatingDataSource implements Closeable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(obtainTargetDataSource().getConnection(username, password));
        }

        @Override
        public void close() throws IOException {
            if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (connection, method, args) -> {
            Object result = invoke(connection, target, method, args);
            if (result instanceof Statement statement) {
                String sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
                return statement(statement, sql, connection);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, String preparedSql, Object connection) {
        Class<? extends Statement> type = target instanceof CallableStatement
                ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return proxy(type, target, (statement, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            if (method.getName().startsWith("execute")) {
                executed(
                        preparedSql != null
                                ? preparedSql
                                : args != null && args[0] instanceof String sql ? sql : "batch");
            }
            return invoke(statement, target, method, args);
        });
    }

    /** Object's methods answer for the proxy itself; {@code unwrap} gives the proxy or the driver's object. */
    private static Object invoke(Object proxy, Object target, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "counted " + target;
            }
            case "unwrap", "isWrapperFor" -> {
                if (((Class<?>) args[0]).isInstance(proxy)) {
                    return method.getName().equals("unwrap") ? proxy : true;
                }
            }
            default -> {}
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(ThreadStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
