package jp.hoshin.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import jp.hoshin.identity.SignIns;

@Component
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
