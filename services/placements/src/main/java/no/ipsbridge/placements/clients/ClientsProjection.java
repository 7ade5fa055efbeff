package no.ipsbridge.placements.clients;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
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
public class ClientsProjection implements EventHandler {

    @Override
    public String name() {
        return "client-projection";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.CLIENTS);
    }

    @Override
    public void handle(CloudEvent cloudEvent) {
        DomainEvent event = CloudEventMapping.payload(cloudEvent);
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
        KnownClient client = KnownClient.findById(UUID.fromString(cloudEvent.getSubject()));
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
            default -> {
                // Career profile updates and later types change nothing here.
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
