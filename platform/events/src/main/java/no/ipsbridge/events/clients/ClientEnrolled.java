package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** A referred client was enrolled in IPS by an employment specialist (their Keycloak user id). */
public record ClientEnrolled(UUID clientId, LocalDate enrolledOn, String specialistId) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_ENROLLED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
