package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A follow-along contact after a job start, with the client, the employer or both. */
@EventType("no.ipsbridge.follow-along.contact-logged.v1")
public record FollowAlongContactLogged(UUID contactId, UUID clientId, String specialistId, LocalDate contactedOn,
        FollowAlongWith with, boolean faceToFace) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
