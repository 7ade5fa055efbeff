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

/** Published outbox rows are on their topic for good; the row is kept a while only to trace a publication. */
@ApplicationScoped
class OutboxRetention implements RetentionRule {

    private final Duration retention;

    OutboxRetention(@ConfigProperty(name = "ips.retention.outbox", defaultValue = "7d") Duration retention) {
        this.retention = retention;
    }

    @Override
    public String table() {
        return "ips_outbox";
    }

    @Override
    public Duration retention() {
        return retention;
    }

    @Override
    public int purge(Connection connection, Instant cutoff, int limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from ips_outbox where id in (
                    select id from ips_outbox where published_at < ? order by published_at limit ?)""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }
}
