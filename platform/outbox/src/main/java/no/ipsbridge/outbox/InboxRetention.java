package no.ipsbridge.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.ipsbridge.retention.RetentionRule;

/**
 * Deletes handled inbox rows past their retention and, in the same statement, raises the partition's floor to the
 * highest offset deleted, so a redelivery of an old record is still recognised (see {@link Inbox}). Rows written
 * before the inbox kept offsets have no floor to leave behind, so they are kept.
 */
@ApplicationScoped
class InboxRetention implements RetentionRule {

    private final Duration retention;

    InboxRetention(@ConfigProperty(name = "ips.retention.inbox", defaultValue = "30d") Duration retention) {
        this.retention = retention;
    }

    @Override
    public String table() {
        return "ips_inbox";
    }

    @Override
    public Duration retention() {
        return retention;
    }

    @Override
    public int purge(Connection connection, Instant cutoff, int limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                with gone as (
                    delete from ips_inbox where (consumer, event_id) in (
                        select consumer, event_id from ips_inbox
                        where handled_at < ? and kafka_offset is not null order by handled_at limit ?)
                    returning consumer, topic, kafka_partition, kafka_offset),
                floors as (
                    insert into ips_inbox_floor (consumer, topic, kafka_partition, handled_through)
                    select consumer, topic, kafka_partition, max(kafka_offset) from gone
                    group by consumer, topic, kafka_partition
                    on conflict (consumer, topic, kafka_partition) do update
                    set handled_through = greatest(ips_inbox_floor.handled_through, excluded.handled_through))
                select count(*) from gone""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            delete.setInt(2, limit);
            try (var rs = delete.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
