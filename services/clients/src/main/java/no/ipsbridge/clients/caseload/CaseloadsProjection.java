package no.ipsbridge.clients.caseload;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.clients.client.Client;
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
 * The specialists service owns caseloads; this keeps the client's serving specialist in step, so that a client
 * reassigned there is seen by the new specialist here, and no longer by the old one.
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
            // Roster, activity and release events change nothing about who may see the client here.
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
        Client client = Client.findById(clientId);
        if (client != null) {
            client.specialistId = specialistId;
        }
    }
}
