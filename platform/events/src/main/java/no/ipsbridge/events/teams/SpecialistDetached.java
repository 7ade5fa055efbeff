package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** An employment specialist was detached from a treatment team. */
@EventType("no.ipsbridge.team.specialist-detached.v1")
public record SpecialistDetached(UUID teamId, String specialistId, LocalDate detachedOn) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
