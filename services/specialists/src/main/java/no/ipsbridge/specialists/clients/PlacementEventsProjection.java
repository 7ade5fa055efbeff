package no.ipsbridge.specialists.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.outbox.EventHandler;

/**
 * The latest face-to-face employer contact, follow-along contact and benefits counselling per client, and when
 * their job started: what
 * the phone needs to say what is due. Only facts newer than those kept count, so order across partitions is moot.
 */
@ApplicationScoped
public class PlacementEventsProjection implements EventHandler {

    @Override
    public String name() {
        return "placement-contacts";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PLACEMENTS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
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
            default -> {
                // Employers, job ends and education change nothing on the phone's schedule here.
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
