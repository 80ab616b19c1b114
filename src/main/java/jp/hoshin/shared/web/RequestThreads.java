package jp.hoshin.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How many requests Hoshin works on at once: {@value #PER_CORE} per processor, at least {@value #AT_LEAST}, unless
 * {@code server.tomcat.threads.max} says otherwise. Tomcat's 200 threads let every open connection's request run at
 * once; on 2 cores, 32 readers' pages then shared the processors and the pool's 10 database connections, each
 * finishing late. With 12 threads the rest wait their turn in Tomcat's queue (connections stay open): side by side at
 * 32 connections ({@code bench/uncached-ab.sh}, issue 19) the public pages' p99 fell by about half (56 against 82 ms,
 * 99 against 196 ms, 110 against 185 ms) and their CPU per request by 10–20 %. A request that waits on something
 * slow (a PDF being drawn, a workbook being read) holds a thread too: a deployment with many of those at once sets the
 * property.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String PROPERTY = "server.tomcat.threads.max";
    static final int PER_CORE = 6;
    static final int AT_LEAST = 12;

    private final Environment environment;

    RequestThreads(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        int threads = threadsFor(Runtime.getRuntime().availableProcessors());
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
            }
        });
    }

    static int threadsFor(int processors) {
        return Math.max(AT_LEAST, PER_CORE * processors);
    }

    /** After Spring Boot's own customizer, which sets its default of 200. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
