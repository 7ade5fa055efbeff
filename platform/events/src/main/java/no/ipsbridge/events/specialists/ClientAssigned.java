package no.ipsbridge.events.specialists;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A client joined a specialist's caseload.
 *
 * @param caseloadSize the specialist's active caseload including this client
 * @param overLimit    true when a team lead let the caseload exceed the IPS limit of 20 (the reason stays in the
 *                     specialists service)
 */
@EventType("no.ipsbridge.caseload.client-assigned.v1")
public record ClientAssigned(UUID clientId, String specialistId, LocalDate assignedOn, int caseloadSize,
        boolean overLimit) implements SpecialistEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
