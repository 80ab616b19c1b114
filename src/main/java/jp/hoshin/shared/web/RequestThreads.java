package jp.hoshin.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How many requests Hoshin works on at once, and on which threads: {@value #PER_CORE} per processor, at least
 * {@value #AT_LEAST}, unless {@code server.tomcat.threads.max} says otherwise, each on a virtual thread of its own
 * ({@link VirtualRequestExecutor}), unless {@code hoshin.requests.virtual-threads=false} (Tomcat's pool of platform
 * threads, as many).
 *
 * <p>Why a limit: Tomcat's 200 threads let every open connection's request run at once; on 2 cores, 32 readers' pages
 * then shared the processors and the pool's 10 database connections, each finishing late. With 12 threads the rest
 * waited their turn (connections stay open): side by side at 32 connections ({@code bench/uncached-ab.sh}, issue 19)
 * the public pages' p99 fell by about half and their CPU per request by 10–20 %.
 *
 * <p>Why virtual threads: a page waits for the database five to thirteen times; a platform thread that waits is
 * switched out by the operating system, a virtual thread only leaves its carrier to another request. The same jar with
 * 12 platform threads against 12 virtual ones (2026-12-03, 32 connections): the department list 1,823 against 2,522
 * req/s, the results page 1,092 against 1,298, the measure page with three charts 586 against 682; Hoshin's CPU per
 * request 15–30 % lower, the database's too. Virtual threads without a limit answered more but their p99 rose by half
 * (up to 182 ms): with the limit, the others wait their turn. Measured with a limit of 6 against 12: no worse,
 * the charts page's p99 101 against 121 ms; hence 4 per processor. A request that waits on something slow (a PDF
 * being drawn, a workbook being read) holds its place too: a deployment with many of those at once sets the property.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String PROPERTY = "server.tomcat.threads.max";
    static final String VIRTUAL = "hoshin.requests.virtual-threads";
    static final int PER_CORE = 4;
    static final int AT_LEAST = 8;

    private final Environment environment;

    RequestThreads(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        boolean virtual = environment.getProperty(VIRTUAL, Boolean.class, true);
        if (environment.containsProperty(PROPERTY) && !virtual) {
            return; // Spring Boot applies the property to its pool
        }
        int threads = environment.getProperty(
                PROPERTY, Integer.class, threadsFor(Runtime.getRuntime().availableProcessors()));
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                if (virtual) {
                    protocol.setExecutor(new VirtualRequestExecutor(threads));
                } else {
                    protocol.setMaxThreads(threads);
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                }
            }
        });
    }

    static int threadsFor(int processors) {
        return Math.max(AT_LEAST, PER_CORE * processors);
    }

    /** After Spring Boot's own customizers: its default of 200 threads, its virtual threads' executor. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
