package jp.hoshin.shared.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualRequestExecutorTest {

    @Test
    void everyTaskRunsAtOnceOnAVirtualThreadOfItsOwn() throws Exception {
        VirtualRequestExecutor executor = new VirtualRequestExecutor();
        CountDownLatch allStarted = new CountDownLatch(5);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(5);
        List<Thread> threads = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 5; i++) {
            executor.execute(() -> {
                threads.add(Thread.currentThread());
                allStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.countDown();
            });
        }
        // all five run together: none waits for another (the limit is RequestTurns', per request)
        assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).hasSize(5).doesNotHaveDuplicates().allMatch(Thread::isVirtual);
    }
}
