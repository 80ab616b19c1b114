import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load generator on loopback for signed-in pages: USERS virtual users, each sending the next request as
 * soon as the last one answered (no think time), for SECONDS after a warm-up; prints requests/s and the 50th, 95th and
 * 99th percentile latency per path. Any answer but 200 counts as an error.
 *   java bench/ScheduleLoad.java BASE SESSION USERS WARMUP SECONDS PATH...
 */
public class ScheduleLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        int users = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int p = 5; p < args.length; p++) {
            String path = args[p];
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Cookie", "SESSION=" + session)
                    .timeout(Duration.ofSeconds(30))
                    .build();
            run(client, request, users, warmup, null, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            run(client, request, users, seconds, latencies, errors);
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(
                    "%-40s %6d requests  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%n",
                    path, sorted.size(), sorted.size() / elapsed, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                    errors.get());
        }
    }

    private static double ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void run(
            HttpClient client, HttpRequest request, int users, int seconds, List<Long> latencies, AtomicInteger errors)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (latencies != null) {
                            latencies.add(took);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        if (errors != null) {
                            errors.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }
}
