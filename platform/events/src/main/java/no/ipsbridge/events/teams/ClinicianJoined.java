package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A clinician (Keycloak user id) joined a treatment team. */
@EventType("no.ipsbridge.team.clinician-joined.v1")
public record ClinicianJoined(UUID teamId, String clinicianId, LocalDate joinedOn) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
