package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** An IPS Ung client started education, which counts as an outcome. */
@EventType("no.ipsbridge.education.started.v1")
public record EducationStarted(UUID educationId, UUID clientId, LocalDate startedOn) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
