package jp.hoshin.identity.internal;

import java.nio.file.Path;
import java.util.Set;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.shared.EmbeddedDatabaseProperties;
import jp.hoshin.shared.HoshinMode;
import jp.hoshin.shared.SecretFiles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start (no deployment-wide administrator yet) creates the account {@code admin}. Its
 * password comes from {@code hoshin.admin.initial-password} (HOSHIN_ADMIN_PASSWORD) or is generated and written to
 * {@code initial-admin-password.txt} beside the data, readable by its owner only; the console says only where it is.
 * It is never a fixed default and never printed or logged.
 */
@Component
@Order(0)
@EnableConfigurationProperties({AdminProperties.class, EmbeddedDatabaseProperties.class})
class FirstAdministrator implements ApplicationRunner {

    static final String PASSWORD_FILE = "initial-admin-password.txt";

    private final StaffAccounts accounts;
    private final String configuredPassword;
    private final Path passwordFile;
    private final HoshinMode mode;

    FirstAdministrator(
            StaffAccounts accounts,
            HoshinMode mode,
            AdminProperties admin,
            EmbeddedDatabaseProperties embeddedDatabase) {
        this.accounts = accounts;
        this.mode = mode;
        this.configuredPassword = admin.initialPassword();
        this.passwordFile = embeddedDatabase.besideData().resolve(PASSWORD_FILE);
    }

    @Override
    public void run(ApplicationArguments args) {
        // a public-only instance has no sign-in: the staff instance makes the administrator
        if (mode.publicOnly() || accounts.deploymentAdministratorExists() || accounts.exists("admin")) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? accounts.generatePassword() : configuredPassword;
        if (generated) {
            // written before the account exists, so the password is never known only to a process that failed
            SecretFiles.writeOwnerOnly(passwordFile, """
                    Hoshin の最初の管理者アカウント
                    ユーザー名: admin
                    パスワード: %s
                    サインインして「パスワード変更」で変更したら、このファイルを削除してください。
                    """.formatted(password));
        }
        accounts.create(
                new StaffAccounts.NewStaffAccount(null, "admin", "システム管理者", Role.PLANNING_ADMIN, Set.of(), password));
        if (generated) {
            System.out.println("""

                    ================================================================
                     Hoshin: 最初の管理者アカウント admin を作成しました。
                     パスワードは次のファイルにあります（所有者だけが読めます）:
                       %s
                     サインイン後、「パスワード変更」で変更し、このファイルを削除してください。
                    ================================================================
                    """.formatted(passwordFile));
        }
    }
}
