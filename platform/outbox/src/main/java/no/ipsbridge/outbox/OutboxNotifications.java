package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;

/**
 * Wakes the relay when another writer of this service's outbox says it committed events: a relay of another instance
 * that could not take the relay's lock, or a tool writing rows by SQL ({@code select pg_notify('ips_outbox', '')} in
 * its transaction). A service's own writes wake its relay in-process ({@link RelaySignal}) and notify nothing: every
 * notifying commit in PostgreSQL takes one cluster-wide lock, and a trigger notifying on every write cut the
 * referrals per second to a third (ADR 23). While the database is away the relay polls, as it does without this.
 */
final class OutboxNotifications {

    static final String CHANNEL = "ips_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    /** How long one wait for notifications lasts, and so how long a stop may wait for the thread. */
    private static final int WAIT_MILLIS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final RelaySignal signal;
    private volatile boolean running;
    private Thread thread;

    OutboxNotifications(AgroalDataSource dataSource, RelaySignal signal) {
        this.dataSource = dataSource;
        this.signal = signal;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().name("ips-outbox-notifications").daemon().start(this::listen);
    }

    void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofMillis(WAIT_MILLIS * 3L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                backoff = Duration.ofMillis(500);
                signal.wake(); // events may have committed while no one listened
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        signal.wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.debugf("Not listening for outbox notifications (%s); the relay polls meanwhile", e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
