package jp.hoshin.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffAccountTest {

    private final Instant now = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void locksAfterTheMaximumFailuresInARowAndUnlocksWhenTheTimeIsUp() {
        StaffAccount account = new StaffAccount("132047", "user", "氏名", "{noop}x", Role.VIEWER, Set.of());
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(5, Duration.ofMinutes(15), now);
        }
        assertThat(account.lockedAt(now)).isFalse();
        account.recordFailedSignIn(5, Duration.ofMinutes(15), now);
        assertThat(account.lockedAt(now.plusSeconds(60))).isTrue();
        assertThat(account.lockedAt(now.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        StaffAccount account = new StaffAccount("132047", "user", "氏名", "{noop}x", Role.VIEWER, Set.of());
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(5, Duration.ofMinutes(15), now);
        }
        account.recordSuccessfulSignIn();
        account.recordFailedSignIn(5, Duration.ofMinutes(15), now);
        assertThat(account.lockedAt(now)).isFalse();
    }

    @Test
    void anEditorNeedsADepartment() {
        assertThatThrownBy(() -> new StaffAccount("132047", "user", "氏名", "{noop}x", Role.DEPARTMENT_EDITOR, Set.of()))
                .hasMessageContaining("担当する部");
    }

    @Test
    void onlyAnAdministratorMayBeDeploymentWide() {
        assertThatThrownBy(() -> new StaffAccount(null, "user", "氏名", "{noop}x", Role.VIEWER, Set.of()))
                .hasMessageContaining("自治体を選んでください");
    }
}
