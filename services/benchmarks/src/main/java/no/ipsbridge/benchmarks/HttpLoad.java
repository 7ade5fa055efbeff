package no.ipsbridge.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator: {@code concurrency} callers, each sending its next request as soon as the last was
 * answered, as a specialist's phone or a clinic system does. The warm-up is not counted; latency is measured from
 * send to the whole answer read.
 */
final class HttpLoad {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param requests the next request of a caller (its number is the argument)
     * @param expected the status a request must get to count as done
     */
    Measurement run(int concurrency, Duration warmup, Duration duration, IntFunction<HttpRequest> requests,
            int expected) {
        long warmUntil = System.nanoTime() + warmup.toNanos();
        long endAt = warmUntil + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int caller = 0; caller < concurrency; caller++) {
            int number = caller;
            LatencyLog log = new LatencyLog();
            callers.add(Thread.ofVirtual().start(() -> {
                while (true) {
                    long started = System.nanoTime();
                    if (started >= endAt) {
                        break;
                    }
                    boolean ok = send(requests.apply(number), expected);
                    long finished = System.nanoTime();
                    if (started >= warmUntil && finished <= endAt) {
                        if (ok) {
                            log.add(finished - started);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
                synchronized (latencies) {
                    latencies.add(log.toArray());
                }
            }));
        }
        for (Thread caller : callers) {
            try {
                caller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = duration.toNanos() / 1e9;
        return new Measurement(all.length / seconds, Measurement.percentileMillis(all, 50),
                Measurement.percentileMillis(all, 99), all.length, errors.get());
    }

    /** One request's status, or 0 when it got no answer. */
    int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** One request's body, whatever its status. */
    String body(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private boolean send(HttpRequest request, int expected) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == expected;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A growing array of latencies in nanoseconds, one per caller, so that callers never contend. */
    private static final class LatencyLog {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
