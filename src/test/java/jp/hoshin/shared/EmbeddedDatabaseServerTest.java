package jp.hoshin.shared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets in only the password kept beside the data (a local user cannot read the session table
 * without it), migrates a data directory made with {@code trust}, and a second Hoshin on the same data is refused
 * without stopping the database of the one running.
 */
class EmbeddedDatabaseServerTest {

    @TempDir
    Path home;

    @Test
    void aDataDirectoryInitialisedWithTrustIsMovedToAPasswordKeptOwnerOnly() throws Exception {
        Path data = home.resolve("postgres");
        // what earlier versions left: zonky's default initdb -A trust
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            assertThat(canConnect(old.getPort(), ""))
                    .as("before: trust lets anyone in")
                    .isTrue();
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, false)) {
            Path secret = home.resolve("postgres-secret");
            assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(secret).strip())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThanOrEqualTo(40);
            assertThat(canConnect(server.port(), "")).as("no password: refused").isFalse();
            assertThat(canConnect(server.port(), "wrong"))
                    .as("wrong password: refused")
                    .isFalse();
            assertThat(canConnect(server.port(), server.password())).isTrue();
            assertThat(Files.readString(data.resolve("pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");
            try (Connection c = connect(server.port(), server.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("show listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("localhost");
            }
        }
        try (EmbeddedDatabaseServer again = EmbeddedDatabaseServer.start(data, 0, false)) {
            assertThat(canConnect(again.port(), ""))
                    .as("the next start keeps the password")
                    .isFalse();
            assertThat(canConnect(again.port(), again.password())).isTrue();
        }
    }

    @Test
    void aSecondHoshinOnTheSameDataIsRefusedAndTheRunningDatabaseKeepsRunning() throws Exception {
        Path data = home.resolve("postgres");
        try (EmbeddedPostgres running = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            Process holder = holdLockInAnotherProcess(home);
            try {
                assertThatThrownBy(() -> EmbeddedDatabaseServer.start(data, 0, false))
                        .isInstanceOf(DataDirectoryInUseException.class)
                        .hasMessageContaining("いま動いている別の Hoshin が使っています")
                        .hasMessageContaining("HOSHIN_DATA_DIR");
                assertThat(canConnect(running.getPort(), ""))
                        .as("the running database was not stopped")
                        .isTrue();
            } finally {
                holder.destroy();
                holder.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Another JVM takes {@code hoshin.lock} as a running Hoshin does, and keeps it until destroyed (or its input closes). */
    private static Process holdLockInAnotherProcess(Path home) throws Exception {
        Path source = home.resolve("HoldLock.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        while (System.in.read() != -1) {
                            // holds the lock until this test destroys the process or the test JVM goes away
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        source.toString(),
                        home.resolve(DataDirectoryLock.FILE_NAME).toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
        return process;
    }

    private static boolean canConnect(int port, String password) {
        try (Connection ignored = connect(port, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }
}
