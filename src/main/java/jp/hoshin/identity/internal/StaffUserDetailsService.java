package jp.hoshin.identity.internal;

import jp.hoshin.identity.SignIns;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads the principal for {@link StaffAuthenticationProvider}'s password check (not a bean of its own). */
class StaffUserDetailsService implements UserDetailsService {

    private final SignIns signIns;

    StaffUserDetailsService(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return signIns.principal(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
