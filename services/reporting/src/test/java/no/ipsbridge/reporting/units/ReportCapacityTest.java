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

    @Test
    void aReportBeyondTheLimitIsRefusedWithRetryAfterOnceItHasWaitedLongEnough() throws Exception {
        ReportCapacity capacity = new ReportCapacity(1, Duration.ofMillis(200));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> capacity.compute(() -> {
            computing.countDown();
            await(finish);
            return "first";
        }));
        assertTrue(computing.await(5, TimeUnit.SECONDS));

        WebApplicationException refused = assertThrows(WebApplicationException.class,
                () -> capacity.compute(() -> "second"));
        assertEquals(503, refused.getResponse().getStatus());
        assertEquals("1", refused.getResponse().getHeaderString("Retry-After"));
        assertEquals(Problem.TYPE_BASE + "reports-busy", ((Problem) refused.getResponse().getEntity()).type());

        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", capacity.compute(() -> "third"), "the turn is given back when a report ends");
    }

    @Test
    void aReportWaitsForATurnRatherThanFailAtOnce() throws Exception {
        ReportCapacity capacity = new ReportCapacity(1, Duration.ofSeconds(10));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> capacity.compute(() -> {
            computing.countDown();
            await(finish);
            return "first";
        }));
        assertTrue(computing.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> capacity.compute(() -> "second"));
        finish.countDown();
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
