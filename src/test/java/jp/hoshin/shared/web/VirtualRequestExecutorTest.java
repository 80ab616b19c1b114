package jp.hoshin.shared.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualRequestExecutorTest {

    @Test
    void atMostTheLimitRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        VirtualRequestExecutor executor = new VirtualRequestExecutor(2);
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Boolean> virtual = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 5; i++) {
            executor.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                virtual.add(Thread.currentThread().isVirtual());
                twoStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.available()).isZero(); // the other three wait for a place

        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2); // never more than the limit, over the whole run
        assertThat(virtual).hasSize(5).containsOnly(true);
    }

    @Test
    void aFailingRequestGivesBackItsPlace() throws Exception {
        VirtualRequestExecutor executor = new VirtualRequestExecutor(1);
        CountDownLatch second = new CountDownLatch(1);

        executor.execute(() -> {
            throw new IllegalStateException("failed");
        });
        executor.execute(second::countDown);

        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
