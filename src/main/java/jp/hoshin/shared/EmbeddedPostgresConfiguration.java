package jp.hoshin.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: a real PostgreSQL server started from the Maven artifact, data kept under
 * {@code ./data/postgres} between runs, on loopback with a password (see {@link EmbeddedDatabaseServer}). Used only when no {@code spring.datasource.url} is configured;
 * with one, Spring Boot's own data source talks to the external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    /**
     * No {@code spring.datasource.url} (or a blank one). {@code @ConditionalOnProperty(havingValue = "")} matched any
     * value but "false", so an instance given {@code SPRING_DATASOURCE_URL} still started and used its own embedded
     * server (found when running two instances against one database, issue 19).
     */
    static final class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    /**
     * The pool is configured like an external database's: {@code spring.datasource.hikari.*} (timeouts, leak detection,
     * a pool size other than {@code hoshin.embedded-db.pool-size}) is bound onto it before its first connection.
     * Before, those settings were silently ignored for the embedded server.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        EmbeddedDatabaseServer started = EmbeddedServers.start(properties);
        EmbeddedPostgres server = started.server();
        createDatabaseIfMissing(server);
        HikariDataSource pool = new HikariDataSource(); // starts on its first connection, after the binding
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "hoshin"));
        pool.setUsername("postgres");
        pool.setPassword(started.password());
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setPoolName("hoshin-embedded");
        return pool;
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

    /** One server per JVM, shared by every application context (tests start several). */
    static final class EmbeddedServers {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);
        private static EmbeddedDatabaseServer server;

        static synchronized EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) throws IOException {
            if (server != null) {
                return server;
            }
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            server = EmbeddedDatabaseServer.start(dir, properties.port(), properties.clean());
            log.info(
                    "Embedded PostgreSQL started on port {} (loopback, password only) with data in {}",
                    server.port(),
                    dir);
            EmbeddedDatabaseServer started = server;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    started.close();
                                } catch (IOException e) {
                                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                                }
                            },
                            "embedded-postgres-stop"));
            return server;
        }
    }
}
