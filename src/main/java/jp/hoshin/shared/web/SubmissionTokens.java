package jp.hoshin.shared.web;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time tokens that make a form's second submission harmless: every form Thymeleaf renders with a POST
 * action gets a hidden {@value #FIELD} beside its CSRF token ({@link SubmissionTokenFields}), and {@link DuplicateSubmissionGuard} accepts each
 * token once. The tokens used are kept in PostgreSQL ({@code form_submission}), so a double click that two
 * instances behind a load balancer receive is still refused once.
 */
@Component
class SubmissionTokens {

    static final String FIELD = "_submission";

    private final JdbcTemplate jdbc;

    SubmissionTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this is the first time the token is presented (and it is now used). A value that is not a token
     * is treated as absent: the form is older than the guard or was not rendered by Hoshin.
     */
    boolean firstUse(String token) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return jdbc.update("insert into form_submission (token) values (?) on conflict do nothing", id) == 1;
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Tokyo")
    void forgetOldTokens() {
        jdbc.update("delete from form_submission where used_at < now() - interval '2 days'");
    }
}
