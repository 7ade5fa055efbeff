package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A clinician left a treatment team. */
public record ClinicianLeft(UUID teamId, String clinicianId, LocalDate leftOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_CLINICIAN_LEFT;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
