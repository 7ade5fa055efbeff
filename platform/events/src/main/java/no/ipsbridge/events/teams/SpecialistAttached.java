package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** An employment specialist was attached to a treatment team (at most two teams each). */
@EventType("no.ipsbridge.team.specialist-attached.v1")
public record SpecialistAttached(UUID teamId, String specialistId, LocalDate attachedOn) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
