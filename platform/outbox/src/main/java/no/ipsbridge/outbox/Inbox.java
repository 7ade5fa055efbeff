package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * The events a consumer has already handled. Claiming an event and applying it happen in one transaction, so a
 * redelivered event (the relay may publish twice, Kafka may redeliver after a rebalance) changes nothing.
 *
 * <p>Rows past their retention are deleted ({@link InboxRetention}); what they proved is kept as a floor per
 * partition: a consumer handles a partition in offset order, so a record at or below the floor was handled.
 */
@ApplicationScoped
public class Inbox {

    /** Where a record was read: its topic, partition and offset. */
    public record Position(String topic, int partition, long offset) {
    }

    /** An event read from a partition, by its CloudEvents id and its offset there. */
    public record Delivery(String eventId, long offset) {
    }

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True the first time this consumer sees the event; false for every later delivery of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId, Position position) {
        return !insert(consumer, position.topic(), position.partition(),
                List.of(new Delivery(eventId, position.offset())), false).isEmpty();
    }

    /**
     * Claims a batch of one partition's events in one statement and returns the ids this consumer sees for the
     * first time; an id delivered twice within the batch is claimed once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claimAll(String consumer, String topic, int partition, List<Delivery> deliveries) {
        return insert(consumer, topic, partition, deliveries, false);
    }

    /** Records that the event went to the dead-letter topic, so a redelivery is not handled either. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markDeadLettered(String consumer, String eventId, Position position) {
        insert(consumer, position.topic(), position.partition(), List.of(new Delivery(eventId, position.offset())),
                true);
    }

    /**
     * Inserts the deliveries the consumer has not seen and returns their ids. Nothing inserted for one: handled
     * before, by its event id or (its row past retention) by its partition's floor.
     */
    private Set<String> insert(String consumer, String topic, int partition, List<Delivery> deliveries,
            boolean deadLettered) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_inbox (consumer, event_id, topic, kafka_partition, kafka_offset, dead_lettered)
                        select ?, delivery.event_id, ?, ?, delivery.kafka_offset, ?
                        from unnest(?::text[], ?::bigint[]) as delivery (event_id, kafka_offset)
                        where not exists (
                            select 1 from ips_inbox_floor where consumer = ? and topic = ? and kafka_partition = ?
                            and handled_through >= delivery.kafka_offset)
                        on conflict do nothing
                        returning event_id""")) {
            insert.setString(1, consumer);
            insert.setString(2, topic);
            insert.setInt(3, partition);
            insert.setBoolean(4, deadLettered);
            insert.setArray(5, connection.createArrayOf("text", deliveries.stream().map(Delivery::eventId).toArray()));
            insert.setArray(6, connection.createArrayOf("bigint", deliveries.stream().map(Delivery::offset).toArray()));
            insert.setString(7, consumer);
            insert.setString(8, topic);
            insert.setInt(9, partition);
            Set<String> claimed = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getString(1));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record events in the inbox of " + consumer, e);
        }
    }

    /** Forgets what the consumer has handled, so that a replay from offset 0 handles everything again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement rows = connection.prepareStatement("delete from ips_inbox where consumer = ?");
                PreparedStatement floors = connection.prepareStatement(
                        "delete from ips_inbox_floor where consumer = ?")) {
            rows.setString(1, consumer);
            rows.executeUpdate();
            floors.setString(1, consumer);
            floors.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the inbox of " + consumer, e);
        }
    }
}
