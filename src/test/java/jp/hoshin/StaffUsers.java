package jp.hoshin;

import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.StaffPrincipal;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo staff accounts (they exist in the test database). */
public final class StaffUsers {

    private StaffUsers() {}

    public static RequestPostProcessor as(SignIns signIns, String username) {
        StaffPrincipal principal =
                signIns.principal(username).orElseThrow(() -> new IllegalStateException("no demo account " + username));
        return SecurityMockMvcRequestPostProcessors.user(principal);
    }
}
