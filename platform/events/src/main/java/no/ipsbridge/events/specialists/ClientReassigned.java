package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A client moved from one specialist's caseload to another's. */
public record ClientReassigned(UUID clientId, String fromSpecialistId, String toSpecialistId,
        LocalDate reassignedOn, boolean overLimit) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_REASSIGNED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
