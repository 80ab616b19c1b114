package jp.hoshin.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a data directory for one Hoshin process:
 * <ol>
 *   <li>takes the {@link DataDirectoryLock} (a second Hoshin on the same data is refused and touches nothing);</li>
 *   <li>stops a server left running on the data by a process that is gone (nobody holds the lock);</li>
 *   <li>listens on the loopback address only and lets in only the user {@code postgres} with the password kept in
 *   {@code postgres-secret} beside the data (owner-only, generated on first start), by scram-sha-256. A data directory
 *   initialised with {@code trust} (new, or from an earlier version) gets the password and the rules on this start.</li>
 * </ol>
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String SECRET_FILE = "postgres-secret";
    static final String PG_HBA = """
            # Written by Hoshin on every start: password (scram-sha-256) for every connection, loopback only.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres server;
    private final DataDirectoryLock lock;
    private final String password;

    private EmbeddedDatabaseServer(EmbeddedPostgres server, DataDirectoryLock lock, String password) {
        this.server = server;
        this.lock = lock;
        this.password = password;
    }

    /** {@code dataDir} is the PostgreSQL directory ({@code data/postgres}); its parent holds the lock and the secret. */
    public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean clean) throws IOException {
        Path dir = dataDir.toAbsolutePath();
        Path home = dir.getParent();
        DataDirectoryLock lock = DataDirectoryLock.acquire(home);
        try {
            stopOrphanedServer(dir);
            String password = SecretFiles.readOrCreate(home.resolve(SECRET_FILE));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "200")
                    // the data is kept between runs: keep PostgreSQL's durability (the library defaults are for
                    // throwaway tests)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(d -> keepPasswordRules(d.toPath()));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            requirePassword(server, dir, password);
            return new EmbeddedDatabaseServer(server, lock, password);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Whether a Hoshin process holds the data directory now (its database is then running). */
    public static boolean inUse(Path dataDir) {
        try (DataDirectoryLock ignored =
                DataDirectoryLock.acquire(dataDir.toAbsolutePath().getParent())) {
            return false;
        } catch (DataDirectoryInUseException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection to the database {@code database} of the server a running Hoshin started on {@code dataDir}. */
    public static DataSource runningDatabase(Path dataDir, String database) throws IOException {
        Path dir = dataDir.toAbsolutePath();
        List<String> pid = Files.readAllLines(dir.resolve("postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).strip());
        return dataSource(
                port, database, SecretFiles.readOrCreate(dir.getParent().resolve(SECRET_FILE)));
    }

    /** A connection to one database of this server. */
    public DataSource database(String database) {
        return dataSource(port(), database, password);
    }

    private static DataSource dataSource(int port, String database, String password) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser("postgres");
        source.setPassword(password);
        return source;
    }

    public EmbeddedPostgres server() {
        return server;
    }

    public int port() {
        return server.getPort();
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            lock.close();
        }
    }

    /** Before the server starts: a directory already on passwords gets the current rules again (an edit is undone). */
    private static void keepPasswordRules(Path dir) {
        Path hba = dir.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && !usesTrust(Files.readString(hba))) {
                Files.writeString(hba, PG_HBA);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After the start: a directory still on {@code trust} gets the password, then the password-only rules. */
    private static void requirePassword(EmbeddedPostgres server, Path dir, String password) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        if (!usesTrust(Files.readString(hba))) {
            return;
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, PG_HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("組み込み PostgreSQL にパスワードを設定できませんでした: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL in {} now requires the password kept in {}", dir, SECRET_FILE);
    }

    private static boolean usesTrust(String hba) {
        return hba.lines()
                .map(String::strip)
                .filter(l -> !l.startsWith("#") && !l.isEmpty())
                .anyMatch(l -> l.matches(".*\\btrust\\b.*"));
    }

    /**
     * A server left running on the same data by a process that ended without stopping it (a crash, a kill): asked to
     * shut down so that this start can take the data directory. Called only while holding the lock, so the server's
     * owner is gone.
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (RuntimeException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn(
                            "Stopping an embedded PostgreSQL (pid {}) left running on {} by a process that is gone",
                            pid,
                            dataDir);
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        log.warn("The PostgreSQL left running (pid {}) did not stop within 30 s", pid);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
