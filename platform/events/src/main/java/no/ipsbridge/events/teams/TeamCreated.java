package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A treatment team of a health trust was set up in IPS Bridge. Keyed by the team id. */
public record TeamCreated(UUID teamId, String healthTrust, String name, TeamKind kind, LocalDate createdOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_CREATED;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
