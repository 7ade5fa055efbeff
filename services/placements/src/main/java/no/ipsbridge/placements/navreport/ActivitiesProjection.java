package no.ipsbridge.placements.navreport;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.outbox.EventHandler;

/** Keeps the time specialists logged with each client, which the interval reports to NAV count. */
@ApplicationScoped
public class ActivitiesProjection implements EventHandler {

    private final EntityManager entityManager;

    ActivitiesProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String name() {
        return "activity-projection";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.SPECIALISTS);
    }

    @Override
    public void handle(CloudEvent cloudEvent) {
        if (!(CloudEventMapping.payload(cloudEvent) instanceof ActivityLogged logged)) {
            return;
        }
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
