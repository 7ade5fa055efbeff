package no.ipsbridge.clients.caseload;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.outbox.EventHandler;

/**
 * The specialists service owns caseloads; this keeps the client's serving specialist in step, so that a client
 * reassigned there is seen by the new specialist here, and no longer by the old one.
 */
@ApplicationScoped
public class CaseloadEventsProjection implements EventHandler {

    @Override
    public String name() {
        return "caseload-projection";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.SPECIALISTS);
    }

    @Override
    public void handle(CloudEvent cloudEvent) {
        DomainEvent event = CloudEventMapping.payload(cloudEvent);
        switch (event) {
            case ClientAssigned assigned -> serve(assigned.clientId(), assigned.specialistId());
            case ClientReassigned reassigned -> serve(reassigned.clientId(), reassigned.toSpecialistId());
            default -> {
                // Roster, activity and release events change nothing about who may see the client here.
            }
        }
    }

    private static void serve(UUID clientId, String specialistId) {
        Client client = Client.findById(clientId);
        if (client != null) {
            client.specialistId = specialistId;
        }
    }
}
