package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.CloudEventMapping.Envelope;
import no.ipsbridge.events.DomainEvent;

/**
 * Records an event in the same database transaction as the change it describes: both commit, or neither does.
 * The {@link OutboxRelay} publishes it afterwards, so a write never waits for Kafka and never fails because of it.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final RelaySignal relaySignal;
    private final String source;
    private final MessageTracing tracing;
    private final Event<Appending> appending;
    private final Event<Appended> appended;

    Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, RelaySignal relaySignal,
            @ConfigProperty(name = "ips.events.source") String source, Event<Appending> appending,
            Event<Appended> appended, MessageTracing tracing) {
        this.tracing = tracing;
        this.appending = appending;
        this.appended = appended;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.relaySignal = relaySignal;
        this.source = source;
    }

    /**
     * Appends the event to the outbox of the current transaction and returns its CloudEvents id. Observers of
     * {@link Appending} and {@link Appended} hear of it in the same transaction, before and after (a latest-state
     * topic's, ADR 33).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(DomainEvent event) {
        appending.fire(new Appending(event));
        Envelope envelope = Envelope.of(UUID.randomUUID(), source, event, Instant.now());
        long position;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_outbox (event_id, topic, event_key, ce_type, ce_source, occurred_at, data,
                                                trace_parent)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, envelope.topic());
            insert.setString(3, envelope.subject());
            insert.setString(4, envelope.type());
            insert.setString(5, envelope.source());
            insert.setTimestamp(6, Timestamp.from(envelope.time()));
            insert.setBytes(7, envelope.data());
            insert.setString(8, tracing.currentTraceParent());
            try (ResultSet inserted = insert.executeQuery()) {
                inserted.next();
                position = inserted.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write event " + envelope.type() + " to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relaySignal.wake();
                }
            }
        });
        appended.fire(new Appended(event, envelope.id(), CloudEventMapping.sequence(position), envelope.time()));
        return envelope.id();
    }

    /** An event about to be written to the outbox, in the transaction that writes it; it has no place yet. */
    public record Appending(DomainEvent event) {
    }

    /**
     * An event just written to the outbox, in the transaction that wrote it.
     *
     * @param sequence its {@code ce_sequence}: its place among everything this service publishes
     */
    public record Appended(DomainEvent event, UUID id, String sequence, Instant time) {
    }
}
