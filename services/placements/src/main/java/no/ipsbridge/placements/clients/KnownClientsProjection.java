package no.ipsbridge.placements.clients;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
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
            client.status = ClientStatus.REFERRED;
            client.healthTrust = referred.healthTrust();
            client.navOffice = referred.navOffice();
            client.treatmentTeamId = referred.treatmentTeamId();
            client.variant = referred.variant();
            client.persist();
            return;
        }
        KnownClient client = KnownClient.findById(UUID.fromString(event.subject()));
        if (client == null || client.status == null) {
            throw new RejectedEventException("event for a client whose referral was never seen");
        }
        switch (event) {
            case ClientEnrolled enrolled -> {
                client.status = ClientStatus.ENROLLED;
                client.enrolledBy = enrolled.specialistId();
            }
            case ClientStatusChanged changed -> client.status = changed.to();
            case ClientDischarged discharged -> client.status = ClientStatus.DISCHARGED;
            case ConsentGiven given -> consent(client, given.direction(), true);
            case ConsentWithdrawn withdrawn -> consent(client, withdrawn.direction(), false);
            case ClientReferred applied -> {
                // applied above: the referral is what makes the client known
            }
            // Career profile updates change nothing here.
            case CareerProfileUpdated ignored -> {
            }
            case CareerProfileUpdatedV2 ignored -> {
            }
        }
    }

    private static void consent(KnownClient client, ConsentDirection direction, boolean inForce) {
        if (direction == ConsentDirection.HEALTH_TO_NAV) {
            client.consentHealthToNav = inForce;
        } else {
            client.consentNavToHealth = inForce;
        }
    }
}
