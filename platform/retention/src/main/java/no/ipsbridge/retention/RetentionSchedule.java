package no.ipsbridge.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Applies every {@link RetentionRule} of the service on a schedule, in batches, and publishes each table's size
 * ({@code ips_table_size_bytes}, {@code ips_table_rows}) and what was deleted ({@code ips_retention_deleted_total}).
 * A database outage only delays the next run.
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);
    private static final Duration SIZE_INTERVAL = Duration.ofMinutes(1);

    private final List<RetentionRule> rules;
    private final AgroalDataSource dataSource;
    private final RetentionConfig config;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> sizes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread worker;

    RetentionSchedule(Instance<RetentionRule> rules, AgroalDataSource dataSource, RetentionConfig config,
            MeterRegistry meters) {
        this.rules = rules.stream().toList();
        this.dataSource = dataSource;
        this.config = config;
        this.meters = meters;
    }

    void start(@Observes StartupEvent startup) {
        if (rules.isEmpty()) {
            return;
        }
        for (RetentionRule rule : rules) {
            Gauge.builder("ips.table.size", sizes.computeIfAbsent(rule.table(), t -> new AtomicLong()), AtomicLong::get)
                    .tag("table", rule.table()).baseUnit("bytes")
                    .description("Size on disk of a platform table with its indexes").register(meters);
            Gauge.builder("ips.table.rows", rows.computeIfAbsent(rule.table(), t -> new AtomicLong()), AtomicLong::get)
                    .tag("table", rule.table()).description("Rows in a platform table (PostgreSQL's estimate)")
                    .register(meters);
        }
        running = true;
        worker = Thread.ofPlatform().name("ips-retention").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        Instant nextPurge = Instant.now();
        while (running) {
            if (!Instant.now().isBefore(nextPurge)) {
                purgeAll();
                nextPurge = Instant.now().plus(config.interval());
            }
            readSizes();
            try {
                Thread.sleep(SIZE_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs every rule once now; also what the schedule does every interval. */
    public void purgeAll() {
        for (RetentionRule rule : rules) {
            try {
                long deleted = purge(rule);
                if (deleted > 0) {
                    LOG.infof("Retention deleted %d rows of %s older than %s", deleted, rule.table(),
                            rule.retention());
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("Retention of %s did not run: %s", rule.table(), e.getClass().getSimpleName());
            }
        }
    }

    private long purge(RetentionRule rule) throws SQLException {
        Counter deleted = Counter.builder("ips.retention.deleted").tag("table", rule.table())
                .description("Rows deleted because they were past their retention").register(meters);
        Timestamp cutoff = Timestamp.from(Instant.now().minus(rule.retention()));
        long total = 0;
        while (running) {
            int batch;
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement purge = connection.prepareStatement(rule.purge())) {
                purge.setTimestamp(1, cutoff);
                purge.setInt(2, config.batchSize());
                try (ResultSet rs = purge.executeQuery()) {
                    batch = rs.next() ? rs.getInt(1) : 0;
                }
            }
            deleted.increment(batch);
            total += batch;
            if (batch < config.batchSize()) {
                break;
            }
        }
        return total;
    }

    private void readSizes() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select pg_total_relation_size(c.oid), greatest(c.reltuples, 0)::bigint
                        from pg_class c where c.oid = to_regclass(?)""")) {
            for (RetentionRule rule : rules) {
                select.setString(1, rule.table());
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        sizes.get(rule.table()).set(rs.getLong(1));
                        rows.get(rule.table()).set(rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            LOG.debugf("Could not read table sizes: %s", e.getMessage());
        }
    }
}
