package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A client moved from one specialist's caseload to another's. */
@EventType("no.ipsbridge.caseload.client-reassigned.v1")
public record ClientReassigned(UUID clientId, String fromSpecialistId, String toSpecialistId,
        LocalDate reassignedOn, boolean overLimit) implements SpecialistEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
