package no.ipsbridge.clientaccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.events.protection.AddressProtection;
import no.ipsbridge.events.protection.ProtectionChanged;

/**
 * The clients' protection marks in a service that does not own the client record: what the clients service last
 * published on ips.protection.v1 ({@link ProtectionMarksProjection}). Access decisions read them here, so every
 * service honours a mark the same way.
 */
@ApplicationScoped
public class ProtectionMarks {

    private final AgroalDataSource dataSource;

    ProtectionMarks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The client's marks; {@link Protection#NONE} for a client never marked. */
    public Protection of(UUID clientId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select address_protection, shielded, nav_counsellor_id from ips_protection
                        where client_id = ?""")) {
            select.setObject(1, clientId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Protection.NONE;
                }
                return new Protection(AddressProtection.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read protection marks", e);
        }
    }

    /** Whether any of these clients is marked (protected address or shielded). */
    public boolean anyRestricted(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select exists (select 1 from ips_protection where client_id = any (?)
                            and (shielded or address_protection <> 'NONE'))""")) {
            select.setArray(1, connection.createArrayOf("uuid", clientIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read protection marks", e);
        }
    }

    /** Those of these clients who are shielded. */
    public Set<UUID> shieldedAmong(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select client_id from ips_protection where client_id = any (?) and shielded""")) {
            select.setArray(1, connection.createArrayOf("uuid", clientIds.toArray()));
            Set<UUID> shielded = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    shielded.add(rs.getObject(1, UUID.class));
                }
            }
            return shielded;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read protection marks", e);
        }
    }

    /** Keeps the newest marks; a redelivered or overtaken change leaves them as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProtectionChanged changed) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into ips_protection (client_id, address_protection, shielded, nav_counsellor_id,
                            changed_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (client_id) do update set address_protection = excluded.address_protection,
                            shielded = excluded.shielded, nav_counsellor_id = excluded.nav_counsellor_id,
                            changed_at = excluded.changed_at
                        where ips_protection.changed_at <= excluded.changed_at""")) {
            upsert.setObject(1, changed.clientId());
            upsert.setString(2, changed.addressProtection().name());
            upsert.setBoolean(3, changed.shielded());
            upsert.setString(4, changed.navCounsellorId());
            upsert.setTimestamp(5, Timestamp.from(changed.changedAt()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store protection marks", e);
        }
    }
}
