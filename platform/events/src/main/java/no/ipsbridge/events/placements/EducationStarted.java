package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** An IPS Ung client started education, which counts as an outcome. */
public record EducationStarted(UUID educationId, UUID clientId, LocalDate startedOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.EDUCATION_STARTED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
