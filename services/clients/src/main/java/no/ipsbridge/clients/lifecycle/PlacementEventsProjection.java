package no.ipsbridge.clients.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.Outbox;

/**
 * The clients service owns the client's status; the placements service records jobs. A job start moves the client
 * to EMPLOYED, and the end of their last job with a new search back to JOB_SEARCH, each published as an ordinary
 * status change.
 */
@ApplicationScoped
public class PlacementEventsProjection implements EventHandler {

    private final Outbox outbox;

    PlacementEventsProjection(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "placement-status";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PLACEMENTS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
            case JobStarted started -> apply(started.clientId(), started.startedOn(), true);
            case JobEnded ended when ended.newJobSearch() && ended.otherJobsOngoing() == 0 ->
                    apply(ended.clientId(), ended.endedOn(), false);
            default -> {
                // Employer contacts, education and follow-along leave the status as it is.
            }
        }
    }

    private void apply(UUID clientId, LocalDate on, boolean working) {
        Client client = Client.findById(clientId);
        if (client == null) {
            return;
        }
        ClientStatus from = working ? client.startWork(on) : client.resumeSearch(on);
        if (from != null) {
            outbox.append(new ClientStatusChanged(client.id, from, client.status, on));
        }
    }
}
