package no.ipsbridge.clients.lifecycle;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.path.ClientPath;
import no.ipsbridge.clients.path.PathCause;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.events.placements.PlacementEvent;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.Outbox;

/**
 * The clients service owns the client's status; the placements service records jobs. A job start moves the client
 * to EMPLOYED, and the end of their last job with a new search back to JOB_SEARCH, each published as an ordinary
 * status change.
 */
@ApplicationScoped
public class WorkStatusProjection implements EventHandler<PlacementEvent> {

    private final Outbox outbox;
    private final ClientPath path;

    WorkStatusProjection(Outbox outbox, ClientPath path) {
        this.outbox = outbox;
        this.path = path;
    }

    @Override
    public String name() {
        return "placement-status";
    }

    @Override
    public EventCatalog.Topic<PlacementEvent> topic() {
        return EventCatalog.PLACEMENTS;
    }

    @Override
    public void handle(PlacementEvent event, CloudEvent envelope) {
        switch (event) {
            case JobStarted started -> apply(started.clientId(), started.startedOn(), true);
            case JobEnded ended when ended.newJobSearch() && ended.otherJobsOngoing() == 0 ->
                    apply(ended.clientId(), ended.endedOn(), false);
            // Any other job end (another job goes on, or no new search), employer contacts, education and
            // follow-along leave the status as it is.
            case EmployerRegistered ignored -> {
            }
            case EmployerContactLogged ignored -> {
            }
            case JobEnded ignored -> {
            }
            case JobChanged ignored -> {
            }
            case EducationStarted ignored -> {
            }
            case FollowAlongContactLogged ignored -> {
            }
            case BenefitsCounsellingGiven ignored -> {
            }
            case NavReportSent ignored -> {
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
            path.followed(client, from, working ? PathCause.JOB_STARTED : PathCause.JOB_ENDED);
            outbox.append(new ClientStatusChanged(client.id, from, client.status, on));
        }
    }
}
