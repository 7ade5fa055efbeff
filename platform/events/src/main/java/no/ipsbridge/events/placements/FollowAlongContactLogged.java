package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A follow-along contact after a job start, with the client, the employer or both. */
public record FollowAlongContactLogged(UUID contactId, UUID clientId, String specialistId, LocalDate contactedOn, FollowAlongWith with, boolean faceToFace) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.FOLLOW_ALONG_CONTACT_LOGGED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
