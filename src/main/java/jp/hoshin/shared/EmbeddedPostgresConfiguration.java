package jp.hoshin.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL server started from the Maven artifact, data kept under
 * {@code ./data/postgres} between runs. Used only when no {@code spring.datasource.url} is configured;
 * with one, Spring Boot's own data source talks to the external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    @ConfigurationProperties("hoshin.embedded-db")
    record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean, int poolSize) {
        EmbeddedDatabaseProperties {
            if (dataDir == null || dataDir.isBlank()) {
                dataDir = "data/postgres";
            }
            if (poolSize <= 0) {
                poolSize = 10;
            }
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedServers.start(properties);
        createDatabaseIfMissing(server);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "hoshin"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("hoshin-embedded");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = 'hoshin'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database hoshin encoding 'UTF8' template template0 locale 'C.UTF-8'");
        }
    }

    /**
     * A server left running on the same data by a process that ended without stopping it (a crash,
     * a kill): asked to shut down so that this start can take the data directory.
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
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(p -> {
                    EmbeddedServers.log.warn("Stopping an embedded PostgreSQL (pid {}) left running on {}", pid, dataDir);
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        EmbeddedServers.log.warn("The PostgreSQL left running (pid {}) did not stop within 30 s", pid);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    /** One server per JVM, shared by every application context (tests start several). */
    static final class EmbeddedServers {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);
        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
            if (server != null) {
                return server;
            }
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            stopOrphanedServer(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.clean())
                    .setServerConfig("max_connections", "200")
                    // the data is kept between runs: keep PostgreSQL's durability (the library defaults are for throwaway tests)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            server = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            return server;
        }
    }
}
