package jp.hoshin.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestTurnsTest {

    @Test
    void atMostTheLimitAreHandledAtOnceAndTheOthersWait() throws Exception {
        RequestTurns turns = new RequestTurns(2);
        CountDownLatch twoIn = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FilterChain page = (request, response) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            twoIn.countDown();
            await(release);
            inside.decrementAndGet();
        };

        List<Thread> requests = List.of(
                request(turns, page),
                request(turns, page),
                request(turns, page),
                request(turns, page),
                request(turns, page));
        assertThat(twoIn.await(10, TimeUnit.SECONDS)).isTrue();
        awaitWaiting(turns, 3); // the other three queue for their turn
        assertThat(turns.available()).isZero();
        assertThat(inside.get()).isEqualTo(2);

        release.countDown();
        for (Thread r : requests) {
            assertThat(r.join(java.time.Duration.ofSeconds(10))).isTrue();
        }
        assertThat(most.get()).isEqualTo(2); // never more than the limit, over the whole run
        assertThat(turns.available()).isEqualTo(2);
    }

    @Test
    void turnsAreGivenInTheOrderRequestsCame() throws Exception {
        RequestTurns turns = new RequestTurns(1);
        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();

        Thread first = request(turns, (request, response) -> {
            firstIn.countDown();
            await(release);
        });
        assertThat(firstIn.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = request(turns, (request, response) -> order.add("second"));
        awaitWaiting(turns, 1);
        Thread third = request(turns, (request, response) -> order.add("third"));
        awaitWaiting(turns, 2);

        release.countDown();
        for (Thread r : List.of(first, second, third)) {
            assertThat(r.join(java.time.Duration.ofSeconds(10))).isTrue();
        }
        assertThat(order).containsExactly("second", "third");
    }

    @Test
    void aFailingRequestGivesBackItsTurn() {
        RequestTurns turns = new RequestTurns(1);

        assertThatThrownBy(() -> turns.doFilter(
                        new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
                            throw new ServletException("failed");
                        }))
                .isInstanceOf(ServletException.class);

        assertThat(turns.available()).isEqualTo(1);
    }

    private static Thread request(RequestTurns turns, FilterChain page) {
        return Thread.ofVirtual().start(() -> {
            try {
                turns.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), page);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Until {@code n} requests wait for their turn (at most 10 s). */
    private static void awaitWaiting(RequestTurns turns, int n) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (turns.waiting() < n) {
            assertThat(System.nanoTime()).as("%d requests waiting", n).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
