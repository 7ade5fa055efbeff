package no.ipsbridge.specialists.clients;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
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

/**
 * The latest face-to-face employer contact, follow-along contact and benefits counselling per client, and when
 * their job started: what
 * the phone needs to say what is due. Only facts newer than those kept count, so order across partitions is moot.
 */
@ApplicationScoped
public class LastContactsProjection implements EventHandler<PlacementEvent> {

    @Override
    public String name() {
        return "placement-contacts";
    }

    @Override
    public EventCatalog.Topic<PlacementEvent> topic() {
        return EventCatalog.PLACEMENTS;
    }

    @Override
    public void handle(PlacementEvent event, CloudEvent envelope) {
        switch (event) {
            case EmployerContactLogged contact when contact.faceToFace() -> contact.clientIds().forEach(
                    clientId -> update(clientId, client -> client.lastEmployerContact = later(
                            client.lastEmployerContact, contact.contactedOn())));
            case FollowAlongContactLogged contact -> update(contact.clientId(), client ->
                    client.lastFollowAlongContact = later(client.lastFollowAlongContact, contact.contactedOn()));
            case JobStarted started -> update(started.clientId(), client ->
                    client.employedSince = later(client.employedSince, started.startedOn()));
            case JobChanged changed -> update(changed.clientId(), client ->
                    client.lastJobChange = later(client.lastJobChange, changed.changedOn()));
            case BenefitsCounsellingGiven counselling -> update(counselling.clientId(), client ->
                    client.lastBenefitsCounselling = later(client.lastBenefitsCounselling, counselling.givenOn()));
            // Employers, contacts not face to face, job ends and education change nothing on the phone's schedule.
            case EmployerRegistered ignored -> {
            }
            case EmployerContactLogged ignored -> {
            }
            case JobEnded ignored -> {
            }
            case EducationStarted ignored -> {
            }
            case NavReportSent ignored -> {
            }
        }
    }

    private static void update(UUID clientId, Consumer<KnownClient> change) {
        KnownClient client = KnownClient.findById(clientId);
        if (client != null) {
            change.accept(client);
        }
    }

    private static LocalDate later(LocalDate kept, LocalDate candidate) {
        return kept == null || candidate.isAfter(kept) ? candidate : kept;
    }
}
