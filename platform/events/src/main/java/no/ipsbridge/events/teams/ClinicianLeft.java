package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A clinician left a treatment team. */
@EventType("no.ipsbridge.team.clinician-left.v1")
public record ClinicianLeft(UUID teamId, String clinicianId, LocalDate leftOn) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
