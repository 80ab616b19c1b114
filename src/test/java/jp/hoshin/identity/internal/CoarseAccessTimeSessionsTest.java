package jp.hoshin.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

class CoarseAccessTimeSessionsTest {

    private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());

    @SuppressWarnings("unchecked")
    private final CoarseAccessTimeSessions sessions = new CoarseAccessTimeSessions(
            (SessionRepository<Session>) (SessionRepository<?>) store, Duration.ofMinutes(1));

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void theAccessTimeMovesOnlyInStepsOfAMinute() {
        String id = stored();

        access(id, start.plusSeconds(59));
        assertThat(store.findById(id).getLastAccessedTime()).as("59 s later").isEqualTo(start);

        access(id, start.plusSeconds(60));
        assertThat(store.findById(id).getLastAccessedTime())
                .as("a minute later")
                .isEqualTo(start.plusSeconds(60));

        access(id, start.plusSeconds(30));
        assertThat(store.findById(id).getLastAccessedTime())
                .as("a time before the stored one (a clock set back)")
                .isEqualTo(start.plusSeconds(30));
    }

    @Test
    void everythingElsePassesThrough() {
        String id = stored();
        var session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(10));
        session.setAttribute("hoshin.test", "値");
        session.setMaxInactiveInterval(Duration.ofMinutes(5));
        String newId = session.changeSessionId();
        sessions.save(session);

        var found = store.findById(newId);
        assertThat((String) found.getAttribute("hoshin.test")).isEqualTo("値");
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(found.getLastAccessedTime()).isEqualTo(start);
        assertThat(store.findById(id)).as("the old id").isNull();

        sessions.findById(newId).removeAttribute("hoshin.test");
        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }

    @Test
    void aNewSessionIsStoredWithItsCreationTime() {
        var created = sessions.createSession();
        sessions.save(created);
        assertThat(store.findById(created.getId()).getLastAccessedTime()).isEqualTo(created.getCreationTime());
    }

    /** A session last accessed at {@code start}. */
    private String stored() {
        var session = store.createSession();
        session.setLastAccessedTime(start);
        store.save(session);
        return session.getId();
    }

    private void access(String id, Instant at) {
        var session = sessions.findById(id);
        session.setLastAccessedTime(at);
        sessions.save(session);
    }
}
