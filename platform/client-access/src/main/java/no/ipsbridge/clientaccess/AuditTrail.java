package no.ipsbridge.clientaccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.security.Caller;

/**
 * Every read or change of a person's data, written in the transaction of the access itself: an access that
 * happened is audited, and an audit row never describes an access that rolled back. The other services also ship
 * each row, through their outbox, to the clients service, which owns the client record and shows the client's
 * trail whole ({@code ips.audit.ship-to-clients}).
 */
@ApplicationScoped
public class AuditTrail {

    /**
     * @param service   the service the access happened in
     * @param actorName the actor's username, known only for accesses in the service that shows the trail
     */
    public record Entry(long id, Instant at, String service, String actor, String actorName, String actorAgency,
            String actorOrg, String action, UUID clientId, String purpose) {
    }

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final boolean shipToClients;
    private final String thisService;

    AuditTrail(AgroalDataSource dataSource, Outbox outbox,
            @ConfigProperty(name = "ips.audit.ship-to-clients", defaultValue = "false") boolean shipToClients,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.shipToClients = shipToClients;
        this.thisService = application.replaceFirst("^ips-", "");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, UUID clientId, String purpose) {
        Instant at = Instant.now();
        insert(at, null, caller.subject(), caller.username(), caller.agency().name(), caller.org(), action.code(),
                clientId, purpose);
        if (shipToClients) {
            outbox.append(new AccessRecorded(clientId, at, caller.subject(), caller.agency().name(), caller.org(),
                    action.code(), purpose));
        }
    }

    /** An access in another service, as that service shipped it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordShipped(AccessRecorded access, String service) {
        insert(access.at(), service, access.actorId(), null, access.actorAgency(), access.actorOrg(), access.action(),
                access.clientId(), access.purpose());
    }

    private void insert(Instant at, String service, String actor, String actorName, String agency, String org,
            String action, UUID clientId, String purpose) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_audit (at, service, actor, actor_name, actor_agency, actor_org, action,
                            client_id, purpose)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, service);
            insert.setString(3, actor);
            insert.setString(4, actorName);
            insert.setString(5, agency);
            insert.setString(6, org);
            insert.setString(7, action);
            insert.setObject(8, clientId);
            insert.setString(9, purpose);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    /** The client's audit trail across services, newest first, one page at a time (ids below {@code before}). */
    public List<Entry> forClient(UUID clientId, long before, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, at, service, actor, actor_name, actor_agency, actor_org, action, client_id, purpose
                        from ips_audit where client_id = ? and id < ? order by id desc limit ?""")) {
            select.setObject(1, clientId);
            select.setLong(2, before);
            select.setInt(3, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String service = rs.getString("service");
                    entries.add(new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                            service == null ? thisService : service, rs.getString("actor"), rs.getString("actor_name"),
                            rs.getString("actor_agency"), rs.getString("actor_org"), rs.getString("action"),
                            rs.getObject("client_id", UUID.class), rs.getString("purpose")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
