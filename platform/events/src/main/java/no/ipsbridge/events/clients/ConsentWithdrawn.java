package no.ipsbridge.events.clients;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** The client withdrew a consent; every consumer must stop sharing in that direction at once. */
public record ConsentWithdrawn(UUID clientId, UUID consentId, ConsentDirection direction, Instant withdrawnAt)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_CONSENT_WITHDRAWN;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
