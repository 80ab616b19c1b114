package jp.hoshin.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo accounts with the published password: the server listens on this machine only unless the operator says where;
 * never made with an external database unless HOSHIN_DEMO=true; never on a public-only instance.
 */
class DemoAccountsTest {

    @Test
    void withDemoAccountsTheServerListensOnLoopbackUnlessTheOperatorSaysOtherwise() {
        assertThat(address(defaults())).isEqualTo("127.0.0.1");
        assertThat(address(defaults().withProperty("HOSHIN_BIND", "0.0.0.0"))).isEqualTo("0.0.0.0");
        assertThat(address(defaults().withProperty("server.address", "192.0.2.10")))
                .isEqualTo("192.0.2.10");
        assertThat(address(defaults().withProperty("hoshin.demo.password", "")))
                .as("no demo accounts: Spring's default")
                .isNull();
        assertThat(address(defaults().withProperty("hoshin.demo.enabled", "false")))
                .isNull();
        assertThat(address(defaults().withProperty("hoshin.mode", "public"))).isNull();
    }

    @Test
    void anExternalDatabaseGetsDemoAccountsOnlyWhenAskedFor() {
        MockEnvironment external = defaults().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/hoshin");
        assertThat(DemoSettings.of(external)).isEqualTo(new DemoSettings(false, false));
        assertThat(address(external)).isNull();
        MockEnvironment asked = external.withProperty("hoshin.demo.enabled", "true");
        assertThat(DemoSettings.of(asked)).isEqualTo(new DemoSettings(true, true));
        assertThat(address(asked)).isEqualTo("127.0.0.1");
        assertThat(DemoSettings.of(asked.withProperty("hoshin.mode", "public")))
                .isEqualTo(new DemoSettings(true, false));
    }

    private static MockEnvironment defaults() {
        return new MockEnvironment()
                .withProperty("hoshin.demo.enabled", "auto")
                .withProperty("hoshin.demo.password", "hoshin-demo-local");
    }

    private static String address(MockEnvironment environment) {
        new DemoListensOnLoopback().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("server.address");
    }
}
