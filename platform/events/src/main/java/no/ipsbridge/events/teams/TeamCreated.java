package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A treatment team of a health trust was set up in IPS Bridge. Keyed by the team id. */
@EventType("no.ipsbridge.team.created.v1")
public record TeamCreated(UUID teamId, String healthTrust, String name, TeamKind kind, LocalDate createdOn)
        implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
