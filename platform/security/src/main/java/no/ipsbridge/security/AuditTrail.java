package no.ipsbridge.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * Every read or change of a person's data, written in the transaction of the access itself: an access that
 * happened is audited, and an audit row never describes an access that rolled back.
 */
@ApplicationScoped
public class AuditTrail {

    public record Entry(long id, Instant at, String actor, String actorName, String actorAgency, String actorOrg,
            String action, UUID clientId, String purpose) {
    }

    private final AgroalDataSource dataSource;

    AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, UUID clientId, String purpose) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_audit (actor, actor_name, actor_agency, actor_org, action, client_id, purpose)
                        values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, caller.subject());
            insert.setString(2, caller.username());
            insert.setString(3, caller.agency().name());
            insert.setString(4, caller.org());
            insert.setString(5, action);
            insert.setObject(6, clientId);
            insert.setString(7, purpose);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    /** The client's audit trail, newest first, one page at a time (entries with an id below {@code before}). */
    public List<Entry> forClient(UUID clientId, long before, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, at, actor, actor_name, actor_agency, actor_org, action, client_id, purpose
                        from ips_audit where client_id = ? and id < ? order by id desc limit ?""")) {
            select.setObject(1, clientId);
            select.setLong(2, before);
            select.setInt(3, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                            rs.getString("actor_name"), rs.getString("actor_agency"), rs.getString("actor_org"),
                            rs.getString("action"), rs.getObject("client_id", UUID.class), rs.getString("purpose")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
