package no.ipsbridge.events.clients;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** The client consented to data crossing between the agencies in one direction. */
@EventType("no.ipsbridge.client.consent-given.v1")
public record ConsentGiven(UUID clientId, UUID consentId, ConsentDirection direction, Instant givenAt)
        implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
