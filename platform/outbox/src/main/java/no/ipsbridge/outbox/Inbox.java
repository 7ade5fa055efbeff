package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * The events a consumer has already handled. Claiming an event and applying it happen in one transaction, so a
 * redelivered event (the relay may publish twice, Kafka may redeliver after a rebalance) changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True the first time this consumer sees the event; false for every later delivery of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId, String topic) {
        return insert(consumer, eventId, topic, false);
    }

    /** Records that the event went to the dead-letter topic, so a redelivery is not handled either. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markDeadLettered(String consumer, String eventId, String topic) {
        insert(consumer, eventId, topic, true);
    }

    /** Forgets what the consumer has handled, so that a replay from offset 0 handles everything again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from ips_inbox where consumer = ?")) {
            delete.setString(1, consumer);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the inbox of " + consumer, e);
        }
    }

    private boolean insert(String consumer, String eventId, String topic, boolean deadLettered) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_inbox (consumer, event_id, topic, dead_lettered) values (?, ?, ?, ?)
                        on conflict do nothing""")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.setString(3, topic);
            insert.setBoolean(4, deadLettered);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event in the inbox of " + consumer, e);
        }
    }
}
