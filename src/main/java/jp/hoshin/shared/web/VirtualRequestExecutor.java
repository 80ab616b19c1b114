package jp.hoshin.shared.web;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

/**
 * Tomcat's requests, each on a virtual thread of its own, at most {@code limit} at once; the rest wait their turn in a
 * fair queue (a waiting request costs a parked virtual thread, not a processor). A request that waits for the database
 * leaves its processor to another request without the operating system switching threads.
 */
final class VirtualRequestExecutor implements Executor {

    private final Semaphore running;
    private final ThreadFactory threads = Thread.ofVirtual().name("request-", 0).factory();

    VirtualRequestExecutor(int limit) {
        this.running = new Semaphore(limit, true);
    }

    @Override
    public void execute(Runnable task) {
        threads.newThread(() -> {
                    running.acquireUninterruptibly();
                    try {
                        task.run();
                    } finally {
                        running.release();
                    }
                })
                .start();
    }

    /** How many more requests could start now. */
    int available() {
        return running.availablePermits();
    }
}
