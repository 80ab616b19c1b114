package jp.hoshin.shared.web;

import jakarta.servlet.DispatcherType;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * How many requests Hoshin works on at once, and on which threads: {@value #PER_CORE} per processor, at least
 * {@value #AT_LEAST}, unless {@code hoshin.requests.at-once} says otherwise ({@link RequestTurns}, the first filter);
 * Tomcat's tasks each on a virtual thread of its own ({@link VirtualRequestExecutor}), unless
 * {@code hoshin.requests.virtual-threads=false} (Tomcat's pool of platform threads, {@code server.tomcat.threads.max}).
 *
 * <p>Why a limit: with every open connection's request running at once, on 2 cores, 32 readers' pages shared the
 * processors and the pool's 10 database connections, each finishing late; with 12 at once the rest waited their turn
 * (connections stay open): side by side at 32 connections ({@code bench/uncached-ab.sh}, issue 19) the public pages'
 * p99 fell by about half and their CPU per request by 10–20 %. The limit is per request ({@link RequestTurns}): a
 * limit on Tomcat's threads let a kept-alive connection keep its place for one request after another.
 *
 * <p>Why virtual threads: a page waits for the database five to thirteen times; a platform thread that waits is
 * switched out by the operating system, a virtual thread only leaves its carrier to another request. The same jar with
 * 12 platform threads against 12 virtual ones (2026-12-03, 32 connections): the department list 1,823 against 2,522
 * req/s, the results page 1,092 against 1,298, the measure page with three charts 586 against 682; Hoshin's CPU per
 * request 15–30 % lower, the database's too. A request that waits on something slow (a PDF being drawn, a workbook
 * being read) holds its turn too: a deployment with many of those at once sets the property.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String AT_ONCE = "hoshin.requests.at-once";
    static final String VIRTUAL = "hoshin.requests.virtual-threads";
    static final int PER_CORE = 4;
    static final int AT_LEAST = 8;

    private final Environment environment;

    RequestThreads(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!environment.getProperty(VIRTUAL, Boolean.class, true)) {
            return; // Tomcat's pool, as Spring Boot sets it up
        }
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setExecutor(new VirtualRequestExecutor());
            }
        });
    }

    /** The turns, before every other filter (the session's, the security chain's). */
    @Bean
    FilterRegistrationBean<RequestTurns> requestTurns() {
        var registration = new FilterRegistrationBean<>(new RequestTurns(atOnce()));
        registration.setName("requestTurns");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    int atOnce() {
        return environment.getProperty(
                AT_ONCE, Integer.class, atOnceFor(Runtime.getRuntime().availableProcessors()));
    }

    static int atOnceFor(int processors) {
        return Math.max(AT_LEAST, PER_CORE * processors);
    }

    /** After Spring Boot's own customizers: its virtual threads' executor. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
