package jp.hoshin.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the session keeps it (serialised into the database session).
 * {@code municipalityCode} is null for a deployment-wide administrator.
 */
public record StaffPrincipal(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable String municipalityCode,
        Set<String> departmentCodes,
        String passwordHash,
        boolean enabled,
        boolean locked)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaffPrincipal {
        departmentCodes = Set.copyOf(departmentCodes);
    }

    /** Whether this account administers every municipality of the deployment. */
    public boolean deploymentWide() {
        return municipalityCode == null;
    }

    public boolean belongsTo(String code) {
        return municipalityCode == null || municipalityCode.equals(code);
    }

    /** A copy without the password hash, for keeping in the session. */
    public StaffPrincipal withoutCredentials() {
        return new StaffPrincipal(
                id, username, displayName, role, municipalityCode, departmentCodes, "", enabled, locked);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
