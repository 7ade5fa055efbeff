package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A clinician (Keycloak user id) joined a treatment team. */
public record ClinicianJoined(UUID teamId, String clinicianId, LocalDate joinedOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_CLINICIAN_JOINED;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
