package no.ipsbridge.clientaccess;

import java.util.UUID;

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

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        if (event instanceof ClientReferred referred) {
            C client = findOrNew(referred.clientId());
            client.apply(referred);
            referred(client, referred);
            client.persist();
            return;
        }
        C client = find(UUID.fromString(event.subject()));
        if (client == null || client.status == null) {
            // Every client's history starts with its referral on the same partition; without it this is not ours.
            throw new RejectedEventException("event for a client whose referral was never seen");
        }
        client.apply(event);
        applied(client, event);
    }

    /** The client's row, or a new one with only its id (another topic's consumer may have made it first). */
    protected abstract C findOrNew(UUID clientId);

    protected abstract C find(UUID clientId);

    /** What the service's own columns make of the referral; the shared facts are applied already. */
    protected void referred(C client, ClientReferred referral) {
    }

    /** What the service's own columns make of a later event; the shared facts are applied already. */
    protected void applied(C client, ClientEvent event) {
    }
}
