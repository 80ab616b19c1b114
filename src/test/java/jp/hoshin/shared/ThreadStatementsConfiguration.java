package jp.hoshin.shared;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps every data source bean of a test application context so that {@link ThreadStatements} counts the statements
 * a thread executes. Registered as an auto-configuration of the test class path
 * ({@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports} under src/test/resources),
 * so every {@code @SpringBootTest} has it without a configuration of its own: the tests keep sharing their cached
 * contexts.
 */
@AutoConfiguration
public class ThreadStatementsConfiguration {

    @Bean
    static BeanPostProcessor threadStatementsDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof ThreadStatements.CountingDataSource)
                        ? ThreadStatements.counting(dataSource)
                        : bean;
            }
        };
    }
}
