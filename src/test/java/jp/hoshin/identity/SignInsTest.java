package jp.hoshin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The principal read on every signed-in request is the one the account entity makes, departments and lock included. */
@SpringBootTest
class SignInsTest {

    @Autowired
    SignIns signIns;

    @Autowired
    StaffAccountRepository accounts;

    @Test
    void thePrincipalIsTheOneTheAccountMakes() {
        var none = accounts.save(new StaffAccount("990001", "signins-none", "部なし", "{noop}x", Role.REVIEWER, Set.of()));
        var two = accounts.save(new StaffAccount(
                "990001", "signins-two", "二部", "{noop}y", Role.DEPARTMENT_EDITOR, Set.of("kikaku", "somu")));
        var locked = new StaffAccount(
                "990001", "signins-locked", "ロック", "{noop}z", Role.DEPARTMENT_EDITOR, Set.of("kikaku"));
        locked.recordFailedSignIn(1, Duration.ofHours(1), Instant.now());
        accounts.save(locked);
        var wide =
                accounts.save(new StaffAccount(null, "signins-wide", "全体", "{noop}w", Role.PLANNING_ADMIN, Set.of()));
        try {
            for (String username : new String[] {"signins-none", "signins-two", "signins-locked", "signins-wide"}) {
                var entity = accounts.findByUsername(username).orElseThrow().toPrincipal(Instant.now());
                assertThat(signIns.principal(username)).as(username).contains(entity);
            }
            assertThat(signIns.principal("signins-two").orElseThrow().departmentCodes())
                    .containsExactlyInAnyOrder("kikaku", "somu");
            assertThat(signIns.principal("signins-locked").orElseThrow().locked())
                    .isTrue();
            assertThat(signIns.principal("signins-nobody")).isEmpty();
        } finally {
            accounts.deleteAll(accounts.findAllById(java.util.List.of(none.id(), two.id(), locked.id(), wide.id())));
        }
    }
}
