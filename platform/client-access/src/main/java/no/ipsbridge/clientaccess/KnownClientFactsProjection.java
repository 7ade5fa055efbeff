package no.ipsbridge.clientaccess;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.RejectedEventException;

/**
 * Keeps a service's {@link KnownClientFacts} in step with the clients service: the referral makes a client known,
 * every later event applies to a client already known. A service extends it with how it finds its rows and what its
 * own columns make of an event.
 *
 * @param <C> the service's entity
 */
public abstract class KnownClientFactsProjection<C extends KnownClientFacts> implements EventHandler<ClientEvent> {

    @Override
    public String name() {
        return "client-projection";
    }

    @Override
    public EventCatalog.Topic<ClientEvent> topic() {
        return EventCatalog.CLIENTS;
    }

    /** The rows of the batch being handled, by client id; only the consumer's own thread touches it. */
    private Map<UUID, C> batch = Map.of();

    /** Loads the batch's rows in one query rather than one per event. */
    @Override
    public void beforeBatch(List<ClientEvent> events) {
        // A client event's subject is the client's id.
        Set<UUID> clientIds = events.stream().map(event -> UUID.fromString(event.subject()))
                .collect(Collectors.toSet());
        Map<UUID, C> rows = new HashMap<>();
        for (C row : findAll(clientIds)) {
            rows.put(row.clientId, row);
        }
        batch = rows;
    }

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        UUID clientId = UUID.fromString(event.subject());
        if (event instanceof ClientReferred referred) {
            C client = batch.computeIfAbsent(clientId, this::newRow);
            client.apply(referred);
            referred(client, referred);
            client.persist();
            return;
        }
        C client = batch.get(clientId);
        if (client == null || client.status == null) {
            // Every client's history starts with its referral on the same partition; without it this is not ours.
            throw new RejectedEventException("event for a client whose referral was never seen");
        }
        client.apply(event);
        applied(client, event);
    }

    /** The rows of those of these clients that are known (another topic's consumer may have made one first). */
    protected abstract List<C> findAll(Collection<UUID> clientIds);

    /** A new row with only the client's id. */
    protected abstract C newRow(UUID clientId);

    /** What the service's own columns make of the referral; the shared facts are applied already. */
    protected void referred(C client, ClientReferred referral) {
    }

    /** What the service's own columns make of a later event; the shared facts are applied already. */
    protected void applied(C client, ClientEvent event) {
    }
}
