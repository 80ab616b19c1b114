package jp.hoshin.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A staff account as the management pages show it (never the password hash); {@code email} none = in-app only. */
public record StaffAccountView(
        long id,
        @Nullable String municipalityCode,
        String username,
        String displayName,
        Role role,
        Set<String> departmentCodes,
        boolean enabled,
        @Nullable Instant lockedUntil,
        boolean locked,
        long version,
        @Nullable String email) {}
