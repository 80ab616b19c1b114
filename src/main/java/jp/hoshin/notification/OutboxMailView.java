package jp.hoshin.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A mail of the outbox not yet sent (pending, being sent or failed), as the administrator's page lists it. */
public record OutboxMailView(
        long id,
        @Nullable String municipalityCode,
        String recipientAddress,
        String subject,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt) {

    /** Where a mail of the outbox stands. */
    public enum MailStatus {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }
}
