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
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Boolean> virtual = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 5; i++) {
            executor.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                virtual.add(Thread.currentThread().isVirtual());
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        for (int i = 0; i < 100 && running.get() < 2; i++) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        assertThat(running.get()).isEqualTo(2);
        assertThat(executor.available()).isZero();

        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
        assertThat(virtual).hasSize(5).containsOnly(true);
        for (int i = 0; i < 100 && executor.available() < 2; i++) {
            Thread.sleep(10);
        }
        assertThat(executor.available()).isEqualTo(2);
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
