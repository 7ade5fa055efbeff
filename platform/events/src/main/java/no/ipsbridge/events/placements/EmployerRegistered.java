package no.ipsbridge.events.placements;

import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** An employer was registered. Employer names and organisation numbers are business data. Keyed by employer id. */
public record EmployerRegistered(UUID employerId, String organisationNumber, String name, String naceCode, String municipality) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.EMPLOYER_REGISTERED;
    }

    @Override
    public String subject() {
        return employerId.toString();
    }
}
