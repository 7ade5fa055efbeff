package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A client left a specialist's caseload. */
@EventType("no.ipsbridge.caseload.client-released.v1")
public record ClientReleased(UUID clientId, String specialistId, LocalDate releasedOn, ReleaseReason reason)
        implements SpecialistEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
