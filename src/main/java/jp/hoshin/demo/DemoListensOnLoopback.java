package jp.hoshin.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the web server listens: {@code HOSHIN_BIND} (or {@code server.address}) when the operator says; otherwise, while
 * demo accounts with the published password are made ({@link DemoSettings}), only on this machine (127.0.0.1), so that
 * nobody on the network signs in with them. Without demo accounts, Spring Boot's default (every address).
 */
class DemoListensOnLoopback implements EnvironmentPostProcessor {

    static final String SOURCE = "hoshinBindAddress";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.address")) {
            return;
        }
        String bind = environment
                .getProperty("HOSHIN_BIND", environment.getProperty("hoshin.bind", ""))
                .strip();
        if (!bind.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("server.address", bind)));
        } else if (DemoSettings.of(environment).accountsEnabled()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
        }
    }
}
