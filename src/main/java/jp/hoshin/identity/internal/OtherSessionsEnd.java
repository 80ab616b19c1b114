package jp.hoshin.identity.internal;

import jakarta.servlet.http.HttpSession;

import jp.hoshin.identity.PasswordChanged;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A changed or reset password ends every other session of the account (on any instance: they are rows in PostgreSQL),
 * so whoever signed in with the old password is signed out. The session making the change stays.
 */
@Component
class OtherSessionsEnd {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OtherSessionsEnd(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(PasswordChanged event) {
        String current = currentSessionId();
        sessions.findByPrincipalName(event.username()).keySet().stream()
                .filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? "" : session.getId();
        }
        return "";
    }
}
