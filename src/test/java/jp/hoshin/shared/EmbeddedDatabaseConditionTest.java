package jp.hoshin.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server is the default only: with an external database's address it is not started. */
class EmbeddedDatabaseConditionTest {

    /** Stands for the configuration's condition without starting a server. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
    static class Probe {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Probe.class);

    @Test
    void anExternalAddressTurnsTheEmbeddedServerOff() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/hoshin")
                .run(context -> assertThat(context).doesNotHaveBean(Probe.class));
    }

    @Test
    void withoutOneOrWithABlankOneTheEmbeddedServerIsUsed() {
        runner.run(context -> assertThat(context).hasSingleBean(Probe.class));
        runner.withPropertyValues("spring.datasource.url= ")
                .run(context -> assertThat(context).hasSingleBean(Probe.class));
    }
}
