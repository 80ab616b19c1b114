package jp.hoshin.identity.internal;

import java.util.Set;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no deployment-wide administrator yet) creates the account {@code admin}. Its
 * password comes from {@code hoshin.admin.initial-password} (HOSHIN_ADMIN_PASSWORD) or is generated
 * and printed once on the console; it is never a fixed default and never written to the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private final StaffAccounts accounts;
    private final String configuredPassword;

    FirstAdministrator(StaffAccounts accounts, @Value("${hoshin.admin.initial-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.deploymentAdministratorExists() || accounts.exists("admin")) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? accounts.generatePassword() : configuredPassword;
        accounts.create(new StaffAccounts.NewStaffAccount(null, "admin", "システム管理者", Role.PLANNING_ADMIN, Set.of(), password));
        if (generated) {
            System.out.println("""

                    ================================================================
                     Hoshin: 最初の管理者アカウントを作成しました（この表示は一度だけです）
                       ユーザー名: admin
                       パスワード: %s
                     サインイン後、「パスワード変更」から変更してください。
                    ================================================================
                    """.formatted(password));
        }
    }
}
