package jp.hoshin.shared.web;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * Tomcat's work, each task on a virtual thread of its own. A request that waits for the database leaves its processor to
 * another request without the operating system switching threads. How many requests are handled at once is
 * {@link RequestTurns}' limit, per request: Tomcat's tasks are per connection, and one task handles a kept-alive
 * connection's requests one after another.
 */
final class VirtualRequestExecutor implements Executor {

    private final ThreadFactory threads = Thread.ofVirtual().name("request-", 0).factory();

    @Override
    public void execute(Runnable task) {
        threads.newThread(task).start();
    }
}
