package no.ipsbridge.placements.navreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

/** Keeps the time specialists logged with each client, which the interval reports to NAV count. */
@ApplicationScoped
public class ActivitiesProjection implements EventHandler<SpecialistEvent> {

    private final EntityManager entityManager;

    ActivitiesProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "activity-projection";
    }

    @Override
    public EventCatalog.Topic<SpecialistEvent> topic() {
        return EventCatalog.SPECIALISTS;
    }

    @Override
    public void handle(SpecialistEvent event, CloudEvent envelope) {
        switch (event) {
            case ActivityLogged logged -> record(logged);
            // A report to NAV tells of the activities with the client; the rest of the specialists' work is not in it.
            case SpecialistRegistered ignored -> {
            }
            case ClientAssigned ignored -> {
            }
            case ClientReassigned ignored -> {
            }
            case ClientReleased ignored -> {
            }
            case WorkingFractionChanged ignored -> {
            }
            case NavContactLogged ignored -> {
            }
        }
    }

    private void record(ActivityLogged logged) {
        for (var clientId : logged.clientIds()) {
            entityManager.createNativeQuery("""
                    insert into client_activity (activity_id, client_id, specialist_id, performed_on, kind, minutes)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, logged.activityId()).setParameter(2, clientId)
                    .setParameter(3, logged.specialistId()).setParameter(4, logged.on())
                    .setParameter(5, logged.kind().name()).setParameter(6, logged.minutes()).executeUpdate();
        }
    }
}
