package no.ipsbridge.rest;

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
 * An idempotency key protects a retry for as long as a phone may hold it in its offline queue; after that the key
 * may be forgotten, and a request that reuses it runs as a new one.
 */
@ApplicationScoped
class IdempotencyRetention implements RetentionRule {

    private final Duration retention;

    IdempotencyRetention(@ConfigProperty(name = "ips.retention.idempotency", defaultValue = "7d") Duration retention) {
        this.retention = retention;
    }

    @Override
    public String table() {
        return "ips_idempotency";
    }

    @Override
    public Duration retention() {
        return retention;
    }

    @Override
    public int purge(Connection connection, Instant cutoff, int limit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from ips_idempotency where (caller, idempotency_key) in (
                    select caller, idempotency_key from ips_idempotency where created_at < ?
                    order by created_at limit ?)""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }
}
