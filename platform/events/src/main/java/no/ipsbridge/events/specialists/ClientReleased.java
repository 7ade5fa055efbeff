package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A client left a specialist's caseload. */
public record ClientReleased(UUID clientId, String specialistId, LocalDate releasedOn, ReleaseReason reason)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_RELEASED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
