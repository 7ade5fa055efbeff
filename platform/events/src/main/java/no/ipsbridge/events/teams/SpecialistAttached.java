package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** An employment specialist was attached to a treatment team (at most two teams each). */
public record SpecialistAttached(UUID teamId, String specialistId, LocalDate attachedOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_SPECIALIST_ATTACHED;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
