package no.ipsbridge.events.placements;

import java.util.UUID;

import no.ipsbridge.events.EventType;

/** An employer was registered. Employer names and organisation numbers are business data. Keyed by employer id. */
@EventType("no.ipsbridge.employer.registered.v1")
public record EmployerRegistered(UUID employerId, String organisationNumber, String name, String naceCode,
        String municipality) implements PlacementEvent {

    @Override
    public String subject() {
        return employerId.toString();
    }
}
