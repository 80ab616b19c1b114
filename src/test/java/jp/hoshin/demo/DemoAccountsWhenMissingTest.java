package jp.hoshin.demo;

import jp.hoshin.identity.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo municipality that is already there (loaded by an instance that made no demo accounts: a public-only one, or
 * one without a demo password) gets its missing demo accounts when an instance whose settings make them starts — so
 * which test context loaded the demo data first does not matter (PublicOnlyModeTest before AccessMatrixTest).
 */
@SpringBootTest
@Transactional
class DemoAccountsWhenMissingTest {

    @Autowired
    DemoData demoData;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMissingDemoAccountOfAnExistingDemoMunicipalityIsMadeAtStart() throws Exception {
        jdbc.update("delete from staff_account where username = 'mitaka-kikaku'");
        assertThat(accounts.exists("mitaka-kikaku")).isFalse();
        long admin = jdbc.queryForObject("select id from staff_account where username = 'mitaka-admin'", Long.class);

        demoData.run(new DefaultApplicationArguments());

        assertThat(accounts.exists("mitaka-kikaku")).isTrue();
        assertThat(accounts.signsInWith("mitaka-kikaku", "hoshin-demo-local")).isTrue();
        assertThat(jdbc.queryForObject("select id from staff_account where username = 'mitaka-admin'", Long.class))
                .as("an existing account is left as it is")
                .isEqualTo(admin);
    }
}
