package jp.hoshin.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as the session filter sees it: a session's last access time moves only when the stored one is
 * {@code step} or more behind. The filter marks every requested session as accessed; passed on as it is, that makes
 * Spring Session's JDBC store send an update in a transaction of its own after every signed-in request, even when the
 * update then changes no row (SessionStoreConfiguration's guard). Held back here, a session in which nothing else
 * changed is not written at all: the request costs the session's read, not a write. Everything else (attributes, a new
 * session id at sign-in, the idle timeout) passes through unchanged, so the store writes exactly what changed.
 */
final class CoarseAccessTimeSessions implements SessionRepository<CoarseAccessTimeSessions.CoarseSession> {

    private final SessionRepository<Session> store;
    private final Duration step;

    CoarseAccessTimeSessions(SessionRepository<Session> store, Duration step) {
        this.store = store;
        this.step = step;
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(store.createSession());
    }

    @Override
    public void save(CoarseSession session) {
        store.save(session.stored);
    }

    @Override
    public @Nullable CoarseSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new CoarseSession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    /** One stored session whose last access time moves in steps. */
    final class CoarseSession implements Session {

        private final Session stored;

        private CoarseSession(Session stored) {
            this.stored = stored;
        }

        /** Moves the last access time only when the stored one is a step or more behind (or ahead: a clock set back). */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration behind = Duration.between(stored.getLastAccessedTime(), lastAccessedTime);
            if (behind.compareTo(step) >= 0 || behind.isNegative()) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
