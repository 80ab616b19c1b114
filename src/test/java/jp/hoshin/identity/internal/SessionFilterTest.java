package jp.hoshin.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session filter the application runs reads sessions through {@link CoarseAccessTimeSessions}: a request within a
 * minute of the last recorded access leaves the stored session as it was, a later one moves its time, and the cookie
 * is Spring Boot's.
 */
@SpringBootTest
class SessionFilterTest {

    @Autowired
    @Qualifier("springSessionRepositoryFilter")
    Filter filter;

    private final SessionRepository<Session> store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CookieSerializer cookies;

    @Autowired
    @SuppressWarnings("unchecked")
    SessionFilterTest(JdbcIndexedSessionRepository repository) {
        this.store = (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    @Test
    void theFilterSeesTheStoreThroughCoarseAccessTimes() throws Exception {
        Session session = store.createSession();
        Instant accessed = Instant.now().minusSeconds(30);
        session.setLastAccessedTime(accessed);
        store.save(session);
        try {
            var repository = new AtomicReference<Object>();
            request(session.getId(), repository);
            assertThat(repository.get()).isInstanceOf(CoarseAccessTimeSessions.class);
            assertThat(lastAccess(session.getId())).as("30 s later").isEqualTo(accessed.toEpochMilli());

            jdbc.update(
                    "update spring_session set last_access_time = last_access_time - 60000 where session_id = ?",
                    session.getId());
            request(session.getId(), repository);
            assertThat(lastAccess(session.getId())).as("90 s later").isGreaterThan(accessed.toEpochMilli());
        } finally {
            store.deleteById(session.getId());
        }
    }

    @Test
    void aNewSessionGetsBootsCookie() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/staff"),
                response,
                (req, res) -> ((HttpServletRequest) req).getSession(true).setAttribute("hoshin.test", "値"));
        Cookie cookie = response.getCookie("SESSION");
        assertThat(cookie).isNotNull();
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        try {
            assertThat((String) store.findById(id).getAttribute("hoshin.test")).isEqualTo("値");
            var boots = new MockHttpServletResponse();
            cookies.writeCookieValue(new CookieSerializer.CookieValue(new MockHttpServletRequest(), boots, id));
            assertThat(response.getHeader("Set-Cookie"))
                    .as("the cookie as Spring Boot's serializer writes it")
                    .isEqualTo(boots.getHeader("Set-Cookie"));
        } finally {
            store.deleteById(id);
        }
    }

    private void request(String id, AtomicReference<Object> repository) throws Exception {
        var request = new MockHttpServletRequest("GET", "/staff");
        request.setCookies(
                new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8))));
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            repository.set(req.getAttribute(SessionRepositoryFilter.SESSION_REPOSITORY_ATTR));
            assertThat(((HttpServletRequest) req).getSession(false).getId()).isEqualTo(id);
        });
    }

    private long lastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }
}
