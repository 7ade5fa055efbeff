package no.ipsbridge.clientaccess;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import no.ipsbridge.events.audit.AccessRecorded;
import no.ipsbridge.events.audit.ListAccessRecorded;
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

    /** Bounds an entry (and its event) however long a list is; a longer list is recorded in several. */
    static final int MAX_CLIENTS_PER_ENTRY = 1_000;

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
                clientId, null, purpose);
        if (shipToClients) {
            outbox.append(new AccessRecorded(clientId, at, caller.subject(), caller.agency().name(), caller.org(),
                    action.code(), purpose));
        }
    }

    /**
     * A list shown to the caller, as one entry naming every client it showed (ADR 24): the trail of each of them
     * still lists the access, and a phone refreshing a caseload writes one row and ships one event, not one per
     * client. An empty list showed no one and records nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordList(Caller caller, AuditAction action, Collection<UUID> clientIds, String purpose) {
        List<UUID> shown = clientIds.stream().distinct().toList();
        Instant at = Instant.now();
        for (int from = 0; from < shown.size(); from += MAX_CLIENTS_PER_ENTRY) {
            List<UUID> part = shown.subList(from, Math.min(shown.size(), from + MAX_CLIENTS_PER_ENTRY));
            insert(at, null, caller.subject(), caller.username(), caller.agency().name(), caller.org(), action.code(),
                    null, part, purpose);
            if (shipToClients) {
                outbox.append(new ListAccessRecorded(part, at, caller.subject(), caller.agency().name(), caller.org(),
                        action.code(), purpose));
            }
        }
    }

    /** An access in another service, as that service shipped it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordShipped(AccessRecorded access, String service) {
        insert(access.at(), service, access.actorId(), null, access.actorAgency(), access.actorOrg(), access.action(),
                access.clientId(), null, access.purpose());
    }

    /** A list shown in another service, as that service shipped it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordShipped(ListAccessRecorded access, String service) {
        insert(access.at(), service, access.actorId(), null, access.actorAgency(), access.actorOrg(), access.action(),
                null, access.clientIds(), access.purpose());
    }

    private void insert(Instant at, String service, String actor, String actorName, String agency, String org,
            String action, UUID clientId, List<UUID> clientIds, String purpose) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into ips_audit (at, service, actor, actor_name, actor_agency, actor_org, action,
                            client_id, client_ids, purpose)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, service);
            insert.setString(3, actor);
            insert.setString(4, actorName);
            insert.setString(5, agency);
            insert.setString(6, org);
            insert.setString(7, action);
            insert.setObject(8, clientId);
            insert.setArray(9, clientIds == null ? null : connection.createArrayOf("uuid", clientIds.toArray()));
            insert.setString(10, purpose);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }

    /**
     * The client's audit trail across services, newest first, one page at a time (ids below {@code before}): its own
     * entries and those of lists that showed it, each with this client's id.
     */
    public List<Entry> forClient(UUID clientId, long before, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, at, service, actor, actor_name, actor_agency, actor_org, action, purpose
                        from ips_audit where (client_id = ? or client_ids @> array[?]::uuid[]) and id < ?
                        order by id desc limit ?""")) {
            select.setObject(1, clientId);
            select.setObject(2, clientId);
            select.setLong(3, before);
            select.setInt(4, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String service = rs.getString("service");
                    entries.add(new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                            service == null ? thisService : service, rs.getString("actor"), rs.getString("actor_name"),
                            rs.getString("actor_agency"), rs.getString("actor_org"), rs.getString("action"),
                            clientId, rs.getString("purpose")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
