package no.ipsbridge.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.CloudEventMapping.Envelope;

/**
 * Publishes the outbox to Kafka in the order the events were written, with an idempotent producer that waits
 * for every in-sync replica (acks=all). While Kafka is unreachable it keeps retrying with a growing pause;
 * writes go on being accepted meanwhile, and nothing is lost: a row is marked published only after Kafka
 * acknowledged it. A crash between the acknowledgement and the mark publishes the row again, which is why
 * consumers keep an inbox.
 *
 * <p>A commit wakes the relay at once: a commit of this instance directly; a relay of another instance that finds
 * the lock taken passes its wake-up on through PostgreSQL's notifications ({@link OutboxNotifications}); without
 * either it polls. Once woken it lingers a few milliseconds, so that the commits of a busy moment are published in
 * one batch.
 *
 * <p>Several instances of a service may run: a transaction-scoped advisory lock lets one relay at a time publish,
 * so the order per key holds across instances.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock that one relay per database holds while publishing. */
    private static final long RELAY_LOCK = 0x1b5_0b0c;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration LAG_REFRESH = Duration.ofSeconds(1);
    /** Beyond the send timeout, what a batch's own statements and a collection pause may add. */
    private static final Duration STALL_MARGIN = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final RelaySignal signal;
    private final TopicProvisioner topics;
    private final MeterRegistry meters;
    private final OutboxRelayConfig config;
    private final BrokerConnection broker;
    private final MessageTracing tracing;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    /** When the relay last read the outbox's state; it cannot while the database is down. */
    private volatile Instant lastOutboxRead = Instant.now();
    /** When the relay's loop last went round, failing or not; a loop that stops going round is stuck. */
    private volatile Instant lastTurn = Instant.now();
    private Counter published;
    private KafkaProducer<String, byte[]> producer;
    private OutboxNotifications notifications;
    private Thread worker;
    private volatile boolean running;
    /** The latest failure, so that a long outage logs once per kind of failure, not once per retry. */
    private volatile String lastFailure;

    OutboxRelay(AgroalDataSource dataSource, RelaySignal signal, TopicProvisioner topics, MeterRegistry meters,
            OutboxRelayConfig config, BrokerConnection broker, MessageTracing tracing) {
        this.tracing = tracing;
        this.dataSource = dataSource;
        this.signal = signal;
        this.topics = topics;
        this.meters = meters;
        this.config = config;
        this.broker = broker;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        Gauge.builder("ips.outbox.pending", pending, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(meters);
        Gauge.builder("ips.outbox.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest event still waiting in the outbox")
                .register(meters);
        published = Counter.builder("ips.outbox.published").description("Events published from the outbox")
                .register(meters);
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = Thread.ofPlatform().name("ips-outbox-relay").daemon().start(this::run);
        notifications = new OutboxNotifications(dataSource, signal);
        notifications.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (notifications != null) {
            notifications.stop();
        }
        if (worker != null) {
            signal.wake();
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            lastTurn = Instant.now();
            try {
                BatchResult result;
                try {
                    result = publishBatch();
                } finally {
                    // Counting what waits costs a scan of the pending rows: once a second is enough for a gauge.
                    if (Duration.between(lastOutboxRead, Instant.now()).compareTo(LAG_REFRESH) >= 0) {
                        refreshLagMetrics();
                    }
                }
                if (result.failure() != null) {
                    throw result.failure();
                }
                lastFailure = null;
                backoff = Duration.ZERO;
                if (result.count() == config.batchSize()) {
                    continue; // more waiting; go on without pausing
                }
                if (signal.await(config.pollInterval())) {
                    // Commits that come a moment later go out in the same batch, not in a transaction each.
                    Thread.sleep(config.linger().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // Whatever the failure, the relay goes on after a pause: a thread that ended would leave the
                // outbox growing with no one to notice but the readiness check.
                backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!failure.equals(lastFailure)) {
                    LOG.warnf("Outbox relay could not publish (%s); retrying every %s at most", failure, MAX_BACKOFF);
                }
                lastFailure = failure;
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** An outbox row, with the {@code traceparent} of the change that wrote it (null when none was traced). */
    private record Row(long id, Envelope envelope, String traceParent) {
    }

    /** What one batch did; a failure is returned rather than thrown so the acknowledged prefix still commits. */
    record BatchResult(int count, RuntimeException failure) {
    }

    BatchResult publishBatch() {
        BatchResult result = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLock(connection)) {
                    // Another instance is publishing: it may have passed the rows this instance just wrote.
                    notifyHolder(connection);
                    return new BatchResult(0, null);
                }
                List<Row> rows = pendingRows(connection);
                if (rows.isEmpty()) {
                    return new BatchResult(0, null);
                }
                rows.stream().map(row -> row.envelope().topic()).distinct().forEach(topics::ensureExists);
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    ProducerRecord<String, byte[]> record = CloudEventMapping.toRecord(row.envelope(), row.id());
                    Span span = tracing.publishing(row.envelope().topic(), row.envelope().id().toString(),
                            row.traceParent());
                    if (span != null) {
                        record.headers().add(MessageTracing.TRACEPARENT,
                                MessageTracing.traceParentOf(span).getBytes(StandardCharsets.UTF_8));
                    }
                    Future<RecordMetadata> ack = producer.send(record, (metadata, error) -> {
                        if (span != null) {
                            if (error != null) {
                                span.setStatus(StatusCode.ERROR, error.getClass().getSimpleName());
                            }
                            span.end();
                        }
                    });
                    acks.add(ack);
                    if (refusedAtOnce(ack)) {
                        // Refused before it reached the broker (no metadata while the broker was away): a later
                        // send could succeed once the broker is back and overtake this row on its partition.
                        break;
                    }
                }
                producer.flush();
                List<Long> acknowledged = new ArrayList<>();
                RuntimeException failure = null;
                for (int i = 0; i < acks.size(); i++) {
                    try {
                        acks.get(i).get();
                        acknowledged.add(rows.get(i).id());
                    } catch (Exception e) {
                        // Keep only the unbroken prefix: a later row may not overtake an earlier one of its key.
                        failure = new IllegalStateException("Kafka did not acknowledge outbox row " + rows.get(i).id()
                                + " (" + i + " earlier rows of the batch were published): " + rootMessage(e), e);
                        break;
                    }
                }
                markPublished(connection, acknowledged);
                published.increment(acknowledged.size());
                return new BatchResult(rows.size(), failure);
            }
        });
        return result;
    }

    private static boolean refusedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    /**
     * Takes the relay's lock for this transaction, if no other instance holds it. In the same round trip it bounds how
     * long the transaction may sit idle: a relay that stops between statements (a frozen process, a long pause, a node
     * cut off from the network while its socket stays open) would hold the lock, and every other instance would wait
     * for it. PostgreSQL ends such a transaction once it has been idle longer than a batch may wait for Kafka's
     * acknowledgements, which frees the lock for another instance; the rows the stalled relay sent are sent again,
     * and consumers' inboxes drop them.
     */
    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("""
                select pg_try_advisory_xact_lock(?), set_config('idle_in_transaction_session_timeout', ?, true)""")) {
            lock.setLong(1, RELAY_LOCK);
            lock.setString(2, config.sendTimeout().plus(STALL_MARGIN).toMillis() + "ms");
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void notifyHolder(Connection connection) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, '')")) {
            notify.setString(1, OutboxNotifications.CHANNEL);
            notify.execute();
        }
    }

    private List<Row> pendingRows(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id, event_id, topic, event_key, ce_type, ce_source, occurred_at, data, trace_parent
                from ips_outbox where published_at is null order by id limit ?""")) {
            select.setInt(1, config.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), new Envelope(rs.getObject("event_id", UUID.class),
                            rs.getString("topic"), rs.getString("ce_source"), rs.getString("ce_type"),
                            rs.getString("event_key"), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getBytes("data")), rs.getString("trace_parent")));
                }
            }
            return rows;
        }
    }

    private void markPublished(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update ips_outbox set published_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.executeUpdate();
        }
    }

    private void refreshLagMetrics() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                        from ips_outbox where published_at is null""");
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                pending.set(rs.getLong(1));
                oldestPendingAgeSeconds.set(rs.getLong(2));
                lastOutboxRead = Instant.now();
            }
        } catch (SQLException e) {
            LOG.debugf("Could not read outbox lag: %s", e.getMessage());
        }
    }

    /** A snapshot for the health checks. */
    record Status(boolean enabled, boolean threadAlive, long pending, long oldestPendingAgeSeconds,
            Instant lastOutboxRead, Instant lastTurn, String lastFailure) {
    }

    Status status() {
        return new Status(config.enabled(), worker != null && worker.isAlive(), pending.get(),
                oldestPendingAgeSeconds.get(), lastOutboxRead, lastTurn, lastFailure);
    }

    private Properties producerConfig() {
        Properties properties = broker.properties();
        // Which instance sent what, in the broker's logs and quotas, when several relay in turn.
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "ips-outbox-relay-" + InstanceName.current());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(config.sendTimeout().toMillis()));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Long.toString(Math.min(config.sendTimeout().toMillis() - 5, 5_000)));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.sendTimeout().toMillis()));
        properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        return properties;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
