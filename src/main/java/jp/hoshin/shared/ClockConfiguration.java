package jp.hoshin.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The clock every time-dependent rule reads (replaced in tests). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
