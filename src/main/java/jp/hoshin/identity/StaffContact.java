package jp.hoshin.identity;

import org.jspecify.annotations.Nullable;

/**
 * An enabled staff account as notifications reach it: its id (for in-app notifications), name and, if it has one, its
 * e-mail address. Never log {@code email}.
 */
public record StaffContact(
        long id,
        String username,
        String displayName,
        @Nullable String municipalityCode,
        @Nullable String email) {}
