package no.ipsbridge.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/** Wakes the relay as soon as a transaction with events commits, instead of waiting for its next poll. */
@ApplicationScoped
public class RelaySignal {

    private final Semaphore pending = new Semaphore(0);

    void wake() {
        pending.release();
    }

    /** Waits for a wake-up or the timeout, whichever comes first. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        pending.drainPermits();
        return woken;
    }
}
