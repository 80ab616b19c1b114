package jp.hoshin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.Messages;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/** 職員アカウント — a staff account with its role and, for editors, its departments. */
@Entity
@Audited
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_code")
    private @Nullable String municipalityCode;

    private String username;

    private String displayName;

    /** Where notifications are mailed (validated by {@link EmailAddress}); none = in-app only. */
    private @Nullable String email;

    @NotAudited
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    @NotAudited
    private int failedAttempts;

    @NotAudited
    private @Nullable Instant lockedUntil;

    @NotAudited
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_department", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "department_code")
    @AuditJoinTable(name = "staff_department_aud")
    private Set<String> departmentCodes = new LinkedHashSet<>();

    protected StaffAccount() {}

    StaffAccount(
            @Nullable String municipalityCode,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            Set<String> departmentCodes) {
        this.municipalityCode = municipalityCode;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assignRole(role, departmentCodes);
    }

    void assignRole(Role role, Set<String> departmentCodes) {
        if (role == Role.DEPARTMENT_EDITOR && departmentCodes.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("account.departments.required"));
        }
        if (role == Role.PLANNING_ADMIN || municipalityCode != null) {
            // fine
        } else {
            throw new IllegalArgumentException(Messages.get("account.municipality.required"));
        }
        this.role = role;
        this.departmentCodes.clear();
        if (role == Role.DEPARTMENT_EDITOR) {
            this.departmentCodes.addAll(departmentCodes);
        }
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changeEmail(@Nullable EmailAddress address) {
        this.email = address == null ? null : address.value();
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** Counts a failed sign-in; the account locks for {@code lockFor} after {@code maxAttempts} in a row. */
    void recordFailedSignIn(int maxAttempts, Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedAt(lockedUntil, now);
    }

    static boolean lockedAt(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    StaffPrincipal toPrincipal(Instant now) {
        return new StaffPrincipal(
                id,
                username,
                displayName,
                role,
                municipalityCode,
                departmentCodes,
                passwordHash,
                enabled,
                lockedAt(now));
    }

    Long id() {
        return id;
    }

    @Nullable
    String municipalityCode() {
        return municipalityCode;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Nullable
    String email() {
        return email;
    }

    boolean enabled() {
        return enabled;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    long version() {
        return version;
    }

    Set<String> departmentCodes() {
        return Set.copyOf(departmentCodes);
    }
}
