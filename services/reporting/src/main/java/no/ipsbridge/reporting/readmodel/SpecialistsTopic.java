package no.ipsbridge.reporting.readmodel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.outbox.EventHandler;

/** Which specialist serves each client, for outcomes per specialist. */
@ApplicationScoped
public class SpecialistsTopic implements EventHandler {

    @Override
    public String name() {
        return "read-model-specialists";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.SPECIALISTS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
            case ClientAssigned assigned -> ReportedClient.findOrNew(assigned.clientId()).specialistId =
                    assigned.specialistId();
            case ClientReassigned reassigned -> ReportedClient.findOrNew(reassigned.clientId()).specialistId =
                    reassigned.toSpecialistId();
            default -> {
                // Roster and activity feed the fidelity items, which come in the next step.
            }
        }
    }
}
