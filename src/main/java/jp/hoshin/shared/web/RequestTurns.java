package jp.hoshin.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * At most {@code limit} requests are handled at once; the others wait their turn in the order they came (a fair queue).
 * First of all filters, before the session is read: a request that waits holds neither a database connection nor a
 * processor (on a virtual thread, only its parked thread).
 *
 * <p>Per request, not per connection: Tomcat handles a kept-alive connection's next request in the same task when it
 * has already arrived, so a limit on Tomcat's threads or tasks let a busy connection keep its place for one request
 * after another while the other connections waited. Measured at 16 signed-in connections (issue 19): the staff home's
 * p50 8 ms but p99 190–270 ms, about 15 requests per task.
 */
final class RequestTurns implements Filter {

    private final Semaphore turns;

    RequestTurns(int limit) {
        this.turns = new Semaphore(limit, true);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        turns.acquireUninterruptibly();
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** How many more requests could start now. */
    int available() {
        return turns.availablePermits();
    }

    /** How many requests wait for their turn. */
    int waiting() {
        return turns.getQueueLength();
    }
}
