package no.ipsbridge.placements.clients;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.outbox.EventHandler;

/**
 * Keeps who serves each client in step with the specialists service's caseloads. This consumer group reads a
 * different topic from {@link ClientsProjection}, so an assignment may arrive before the referral; the row then
 * waits for the referral's facts.
 */
@ApplicationScoped
public class CaseloadsProjection implements EventHandler {

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
        switch (CloudEventMapping.payload(cloudEvent)) {
            case ClientAssigned assigned -> serve(assigned.clientId(), assigned.specialistId());
            case ClientReassigned reassigned -> serve(reassigned.clientId(), reassigned.toSpecialistId());
            default -> {
                // Roster, activity and releases change nothing here.
            }
        }
    }

    private static void serve(UUID clientId, String specialistId) {
        KnownClient client = KnownClient.findOrNew(clientId);
        client.servingSpecialist = specialistId;
        client.persist();
    }
}
