package no.ipsbridge.reporting.units;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.ipsbridge.rest.Problem;

/**
 * How many reports compute at once. A report over a region's unit holds about 160 MB of facts while it computes;
 * more of them at once than the heap holds would end in an OutOfMemoryError, which also stops the consumers that
 * keep the read model current. A report beyond the limit waits for its turn, and is refused with a 503 and
 * Retry-After when the wait grows too long.
 */
@ApplicationScoped
public class ReportCapacity {

    private final Semaphore turns;
    private final Duration longestWait;

    ReportCapacity(@ConfigProperty(name = "ips.reports.at-once", defaultValue = "2") int atOnce,
            @ConfigProperty(name = "ips.reports.longest-wait", defaultValue = "PT30S") Duration longestWait) {
        this.turns = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    public <T> T compute(Supplier<T> report) {
        boolean turn;
        try {
            turn = turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new WebApplicationException(Response.status(503).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", Long.toString(Math.max(1, longestWait.toSeconds())))
                    .entity(new Problem(Problem.TYPE_BASE + "reports-busy", "Reports are busy", 503,
                            "Other reports are computing; nothing was changed. Ask again shortly", List.of(), null))
                    .build());
        }
        try {
            return report.get();
        } finally {
            turns.release();
        }
    }
}
