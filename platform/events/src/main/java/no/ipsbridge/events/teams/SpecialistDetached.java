package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** An employment specialist was detached from a treatment team. */
public record SpecialistDetached(UUID teamId, String specialistId, LocalDate detachedOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_SPECIALIST_DETACHED;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
