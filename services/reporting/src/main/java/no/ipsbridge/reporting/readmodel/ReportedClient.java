package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A client as the reports count them: where they belong, when they came and went.
 * Two consumers, of two topics, update a row at the same time, each its own columns; writing only the columns an
 * event changed keeps one from overwriting what the other just wrote.
 */
@DynamicUpdate
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
     * A new row is inserted once, with the change in it, rather than inserted empty and updated.
     */
    public static void change(UUID clientId, Consumer<ReportedClient> change) {
        ReportedClient client = findById(clientId);
        if (client != null) {
            change.accept(client);
        } else {
            created(clientId, change);
        }
    }

    private static ReportedClient created(UUID clientId, Consumer<ReportedClient> change) {
        ReportedClient client = new ReportedClient();
        client.clientId = clientId;
        change.accept(client);
        client.persist();
        return client;
    }

    /**
     * The rows of a batch's clients, loaded in one query (a region's rebuild would otherwise ask for each of a
     * hundred thousand clients, one round trip each, only to learn that none exists yet).
     */
    public static Batch load(Collection<UUID> clientIds) {
        Map<UUID, ReportedClient> found = new HashMap<>();
        if (!clientIds.isEmpty()) {
            ReportedClient.<ReportedClient>list("clientId in ?1", clientIds)
                    .forEach(client -> found.put(client.clientId, client));
        }
        return new Batch(Set.copyOf(clientIds), found);
    }

    /** A batch's clients as loaded: a client asked for and not found is new. */
    public static final class Batch {

        /** No client loaded: every change looks its client up. */
        public static final Batch NONE = new Batch(Set.of(), Map.of());

        private final Set<UUID> asked;
        private final Map<UUID, ReportedClient> rows;

        private Batch(Set<UUID> asked, Map<UUID, ReportedClient> rows) {
            this.asked = asked;
            this.rows = rows;
        }

        /** As {@link ReportedClient#change}, without a query for a client the batch loaded. */
        public void change(UUID clientId, Consumer<ReportedClient> change) {
            ReportedClient client = rows.get(clientId);
            if (client != null) {
                change.accept(client);
            } else if (asked.contains(clientId)) {
                rows.put(clientId, created(clientId, change));
            } else {
                ReportedClient.change(clientId, change);
            }
        }
    }
}
