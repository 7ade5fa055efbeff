package no.ipsbridge.specialists.clients;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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

    /** The known clients the batch's events name, by id; only the consumer's own thread touches it. */
    private Map<UUID, KnownClient> batch = Map.of();

    /** Loads the clients the batch names in one query rather than one per event. */
    @Override
    public void beforeBatch(List<PlacementEvent> events) {
        Set<UUID> clientIds = new HashSet<>();
        for (PlacementEvent event : events) {
            if (event instanceof EmployerContactLogged contact) {
                clientIds.addAll(contact.clientIds());
            } else {
                // The subject is the client's id, or the employer's for an employer's registration (no row then).
                clientIds.add(UUID.fromString(event.subject()));
            }
        }
        batch = clientIds.isEmpty() ? Map.of() : KnownClient.<KnownClient> list("clientId in ?1", clientIds).stream()
                .collect(Collectors.toMap(client -> client.clientId, client -> client));
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

    private void update(UUID clientId, Consumer<KnownClient> change) {
        KnownClient client = batch.get(clientId);
        if (client != null) {
            change.accept(client);
        }
    }

    private static LocalDate later(LocalDate kept, LocalDate candidate) {
        return kept == null || candidate.isAfter(kept) ? candidate : kept;
    }
}
