package no.ipsbridge.clientaccess;

import java.util.UUID;

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
 * Keeps who serves a client in step with the specialists service, which owns caseloads: a client reassigned there is
 * seen by the new specialist here, and no longer by the old one. A service extends it with where it keeps that.
 */
public abstract class ServingSpecialistProjection implements EventHandler<SpecialistEvent> {

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
            // A release leaves the last specialist as the one who served the client; the roster, activity, working
            // time and NAV contacts change nothing about who may see the client.
            case ClientReleased ignored -> {
            }
            case SpecialistRegistered ignored -> {
            }
            case ActivityLogged ignored -> {
            }
            case WorkingFractionChanged ignored -> {
            }
            case NavContactLogged ignored -> {
            }
        }
    }

    /** From now on the client is served by {@code specialistId}. */
    protected abstract void serve(UUID clientId, String specialistId);
}
