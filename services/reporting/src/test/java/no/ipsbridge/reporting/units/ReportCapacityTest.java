package no.ipsbridge.reporting.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import no.ipsbridge.rest.Problem;

class ReportCapacityTest {

    /** A report computing until it is told to finish. */
    private record Running(CompletableFuture<String> result, CountDownLatch finish) {

        static Running in(ReportCapacity capacity) throws InterruptedException {
            CountDownLatch computing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> capacity.compute(() -> {
                computing.countDown();
                try {
                    finish.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            assertTrue(computing.await(5, TimeUnit.SECONDS));
            return new Running(result, finish);
        }

        String end() throws Exception {
            finish.countDown();
            return result.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReportBeyondTheLimitIsRefusedWithRetryAfterOnceItHasWaitedLongEnough() throws Exception {
        ReportCapacity capacity = new ReportCapacity(1, Duration.ofMillis(200));
        Running first = Running.in(capacity);

        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> capacity.compute(() -> "second"));
        assertEquals(503, refused.getResponse().getStatus());
        assertEquals("1", refused.getResponse().getHeaderString("Retry-After"));
        assertEquals(Problem.TYPE_BASE + "reports-busy", ((Problem) refused.getResponse().getEntity()).type());

        assertEquals("first", first.end());
        assertEquals("third", capacity.compute(() -> "third"), "the turn is given back when a report ends");
    }

    @Test
    void aReportWaitsForATurnRatherThanFailAtOnce() throws Exception {
        ReportCapacity capacity = new ReportCapacity(1, Duration.ofSeconds(10));
        Running first = Running.in(capacity);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> capacity.compute(() -> "second"));
        assertEquals("first", first.end());
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
    }
}
