package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A referred client was enrolled in IPS by an employment specialist (their Keycloak user id). */
@EventType("no.ipsbridge.client.enrolled.v1")
public record ClientEnrolled(UUID clientId, LocalDate enrolledOn, String specialistId) implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
