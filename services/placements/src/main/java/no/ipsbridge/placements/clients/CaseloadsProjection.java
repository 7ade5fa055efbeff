package no.ipsbridge.placements.clients;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.SpecialistEvent;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.outbox.EventHandler;

/**
 * Keeps who serves each client in step with the specialists service's caseloads. This consumer group reads a
 * different topic from {@link KnownClientsProjection}, so an assignment may arrive before the referral; the row then
 * waits for the referral's facts.
 */
@ApplicationScoped
public class CaseloadsProjection implements EventHandler<SpecialistEvent> {

    @Override
    public String name() {
        return "caseload-projection";
    }

    @Override
    public EventCatalog.Topic<SpecialistEvent> topic() {
        return EventCatalog.SPECIALISTS;
    }

    @Override
    public void handle(SpecialistEvent event, CloudEvent envelope) {
        switch (event) {
            case ClientAssigned assigned -> serve(assigned.clientId(), assigned.specialistId());
            case ClientReassigned reassigned -> serve(reassigned.clientId(), reassigned.toSpecialistId());
            // Roster, activity and releases change nothing here.
            case SpecialistRegistered ignored -> {
            }
            case ClientReleased ignored -> {
            }
            case ActivityLogged ignored -> {
            }
            case WorkingFractionChanged ignored -> {
            }
            case NavContactLogged ignored -> {
            }
        }
    }

    private static void serve(UUID clientId, String specialistId) {
        KnownClient client = KnownClient.findOrNew(clientId);
        client.servingSpecialist = specialistId;
        client.persist();
    }
}
