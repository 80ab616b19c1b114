package jp.hoshin.identity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One row of {@link StaffAccountRepository#principalRows}: the account's columns and one of its departments. */
record PrincipalRow(
        Long id,
        String username,
        String displayName,
        Role role,
        @Nullable String municipalityCode,
        String passwordHash,
        boolean enabled,
        @Nullable Instant lockedUntil,
        @Nullable String departmentCode) {

    /** The principal the rows of one account make, as {@link StaffAccount#toPrincipal} makes it from the entity. */
    static Optional<StaffPrincipal> principal(List<PrincipalRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> departments = new LinkedHashSet<>();
        for (PrincipalRow row : rows) {
            if (row.departmentCode() != null) {
                departments.add(row.departmentCode());
            }
        }
        PrincipalRow a = rows.getFirst();
        return Optional.of(new StaffPrincipal(
                a.id(),
                a.username(),
                a.displayName(),
                a.role(),
                a.municipalityCode(),
                departments,
                a.passwordHash(),
                a.enabled(),
                StaffAccount.lockedAt(a.lockedUntil(), now)));
    }
}
