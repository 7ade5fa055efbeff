package no.ipsbridge.placements.clients;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.RejectedEventException;

/** Keeps {@link KnownClient} in step with the clients service: referral, enrolment, status and consent. */
@ApplicationScoped
public class KnownClientsProjection implements EventHandler<ClientEvent> {

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
            KnownClient client = KnownClient.findOrNew(referred.clientId());
            client.apply(referred);
            client.variant = referred.variant();
            client.persist();
            return;
        }
        KnownClient client = KnownClient.findById(UUID.fromString(event.subject()));
        if (client == null || client.status == null) {
            throw new RejectedEventException("event for a client whose referral was never seen");
        }
        client.apply(event);
    }
}
