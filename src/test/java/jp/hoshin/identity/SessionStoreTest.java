package jp.hoshin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session row in PostgreSQL is rewritten when something in it changed or its last access time is a minute or more
 * behind, not on every request (identity/internal/SessionStoreConfiguration).
 */
@SpringBootTest
class SessionStoreTest {

    private final SessionRepository<Session> sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @SuppressWarnings("unchecked")
    SessionStoreTest(JdbcIndexedSessionRepository repository) {
        this.sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    private String id;

    @AfterEach
    void removeTheSession() {
        if (id != null) {
            sessions.deleteById(id);
        }
    }

    @Test
    void anAccessWithinAMinuteIsNotWrittenButALaterOneAndEveryOtherChangeAre() {
        Session created = sessions.createSession();
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        created.setLastAccessedTime(start);
        sessions.save(created);
        id = created.getId();
        assertThat(stored()).containsEntry("last_access_time", start.toEpochMilli());

        access(start.plusSeconds(30));
        assertThat(stored()).as("30 s later: not rewritten").containsEntry("last_access_time", start.toEpochMilli());

        access(start.plusSeconds(60));
        assertThat(stored())
                .as("a minute later: rewritten")
                .containsEntry("last_access_time", start.plusSeconds(60).toEpochMilli())
                .containsEntry(
                        "expiry_time",
                        start.plusSeconds(60)
                                .plus(created.getMaxInactiveInterval())
                                .toEpochMilli());

        Session session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(70));
        session.setMaxInactiveInterval(Duration.ofMinutes(5));
        sessions.save(session);
        assertThat(stored())
                .as("another change within the minute: rewritten")
                .containsEntry("max_inactive_interval", 300)
                .containsEntry("last_access_time", start.plusSeconds(70).toEpochMilli());

        session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(75));
        String oldId = id;
        id = session.changeSessionId();
        sessions.save(session);
        assertThat(sessions.findById(oldId))
                .as("a changed session id (sign-in) is written at once")
                .isNull();
        assertThat(sessions.findById(id)).isNotNull();

        session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(80));
        session.setAttribute("hoshin.test", "値");
        sessions.save(session);
        assertThat((String) sessions.findById(id).getAttribute("hoshin.test"))
                .as("attributes are written as before")
                .isEqualTo("値");
    }

    private void access(Instant at) {
        Session session = sessions.findById(id);
        session.setLastAccessedTime(at);
        sessions.save(session);
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap(
                "select last_access_time, expiry_time, max_inactive_interval from spring_session where session_id = ?",
                id);
    }
}
