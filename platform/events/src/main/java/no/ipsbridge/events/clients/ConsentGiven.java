package no.ipsbridge.events.clients;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/** The client consented to data crossing between the agencies in one direction. */
public record ConsentGiven(UUID clientId, UUID consentId, ConsentDirection direction, Instant givenAt)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_CONSENT_GIVEN;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
