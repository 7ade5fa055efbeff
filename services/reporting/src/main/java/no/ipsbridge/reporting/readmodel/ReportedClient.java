package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A client as the reports count them: where they belong, when they came and went.
 * Two consumers, of two topics, change a row, each its own columns, and either may be the first to hear of the client.
 * A consumer changes a row only while it holds the row's lock, taken when it loads the row, so writing the whole row
 * back cannot overwrite what the other just wrote.
 */
@Entity
@Table(name = "r_client")
public class ReportedClient extends PanacheEntityBase {

    @Id
    public UUID clientId;
    public String healthTrust;
    public String navOffice;
    @Enumerated(EnumType.STRING)
    public IpsVariant variant;
    public Boolean workingAtReferral;
    /** The treatment team that referred the client, when the referral named one. */
    public UUID treatmentTeamId;
    public LocalDate referredOn;
    public LocalDate enrolledOn;
    public String enrolledBy;
    public String specialistId;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    public LocalDate dischargedOn;

    /**
     * Changes the client's row, created by whichever of its events arrives first (topics are read independently).
     * For a change outside a batch; a batch's changes go through {@link #load}.
     */
    public static void change(UUID clientId, Consumer<ReportedClient> change) {
        ReportedClient client = findById(clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            client = new ReportedClient();
            client.clientId = clientId;
            change.accept(client);
            client.persist();
        } else {
            change.accept(client);
        }
    }

    /**
     * The rows of a batch's clients, created where missing and locked, in two statements (a region's rebuild would
     * otherwise ask for each of a hundred thousand clients, one round trip each). Both consumers create and lock
     * rows in the database's order of the ids, so neither fails on the other's new row and they cannot deadlock.
     */
    public static Batch load(Collection<UUID> clientIds) {
        Map<UUID, ReportedClient> rows = new HashMap<>();
        if (!clientIds.isEmpty()) {
            UUID[] ids = clientIds.toArray(UUID[]::new);
            getEntityManager().createNativeQuery("""
                    insert into r_client (client_id)
                    select id from unnest(?1) as batch (id) order by id
                    on conflict do nothing""").setParameter(1, ids).executeUpdate();
            // Native, with the ids as one array: a query with a parameter per id is planned anew for every batch.
            getEntityManager()
                    .createNativeQuery("select * from r_client where client_id = any(?1) order by client_id for update",
                            ReportedClient.class)
                    .setParameter(1, ids)
                    .getResultList()
                    .forEach(row -> {
                        ReportedClient client = (ReportedClient) row;
                        rows.put(client.clientId, client);
                    });
        }
        return new Batch(rows);
    }

    /** A batch's clients as loaded and locked. */
    public static final class Batch {

        /** No client loaded: every change looks its client up. */
        public static final Batch NONE = new Batch(Map.of());

        private final Map<UUID, ReportedClient> rows;

        private Batch(Map<UUID, ReportedClient> rows) {
            this.rows = rows;
        }

        /** As {@link ReportedClient#change}, without a query for a client the batch loaded. */
        public void change(UUID clientId, Consumer<ReportedClient> change) {
            ReportedClient client = rows.get(clientId);
            if (client != null) {
                change.accept(client);
            } else {
                ReportedClient.change(clientId, change);
            }
        }
    }
}
