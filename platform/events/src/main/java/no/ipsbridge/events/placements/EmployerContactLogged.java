package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A specialist contacted an employer (job development), possibly on behalf of clients. Keyed by employer id. */
@EventType("no.ipsbridge.employer.contact-logged.v1")
public record EmployerContactLogged(UUID contactId, UUID employerId, String specialistId, LocalDate contactedOn,
        boolean faceToFace, ContactPurpose purpose, List<UUID> clientIds) implements PlacementEvent {

    @Override
    public String subject() {
        return employerId.toString();
    }
}
