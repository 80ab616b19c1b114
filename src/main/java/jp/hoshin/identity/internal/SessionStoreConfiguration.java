package jp.hoshin.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so every instance behind a load balancer sees them. Spring Session
 * writes the session row on every request only to move its last access time; here that write happens only when
 * something else changed or the stored time is {@value #ACCESS_TIME_GRANULARITY_MILLIS} ms or more behind: the session
 * filter sees the store through {@link CoarseAccessTimeSessions}, which sends nothing for an unchanged session, and the
 * store's update is guarded besides. A signed-in page then costs the session's read, not a write and a transaction of
 * its own; a session may expire up to a minute earlier than its 8 hours.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final long ACCESS_TIME_GRANULARITY_MILLIS = 60_000;

    /**
     * Spring Session's update, with the same six parameters in the same order (session id, last access time, max inactive
     * interval, expiry time, principal name, primary id), guarded so an unchanged session within the granularity is not
     * rewritten. The repository does not look at the update count.
     */
    static final String UPDATE_SESSION_QUERY =
            """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL,
                EXPIRY_TIME = V.EXPIRY_TIME, PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME, CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL,
                         CAST(? AS BIGINT) AS EXPIRY_TIME, CAST(? AS VARCHAR) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %GRANULARITY%)
            """.replace("%GRANULARITY%", Long.toString(ACCESS_TIME_GRANULARITY_MILLIS));

    /**
     * The session filter Spring Session configured, rebuilt around {@link CoarseAccessTimeSessions} with the same
     * cookie (Spring Boot's cookie serializer). Replacing the filter rather than declaring a session repository keeps
     * Spring Boot's JDBC session configuration, which backs off when any {@code SessionRepository} bean is declared.
     */
    @Bean
    static BeanPostProcessor sessionFilterWithCoarseAccessTime(
            ObjectProvider<JdbcIndexedSessionRepository> store, ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                var sessions = new CoarseAccessTimeSessions(
                        (SessionRepository<Session>) (SessionRepository<?>) store.getObject(),
                        Duration.ofMillis(ACCESS_TIME_GRANULARITY_MILLIS));
                var ids = new CookieHttpSessionIdResolver();
                ids.setCookieSerializer(cookies.getObject());
                var filter = new SessionRepositoryFilter<>(sessions);
                filter.setHttpSessionIdResolver(ids);
                return filter;
            }
        };
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWritesOnlyWhenNeeded() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }

    /**
     * A new session attribute is written with PostgreSQL's {@code ON CONFLICT … DO UPDATE}: requests of one session at
     * once that each add the same attribute (the CSRF token of the first pages after sign-in) otherwise collided on
     * the attributes' primary key, and all but one answered 500 (found under load, issue 19).
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesAddedAtOnce() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
