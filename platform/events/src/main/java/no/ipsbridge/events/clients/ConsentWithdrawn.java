package no.ipsbridge.events.clients;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** The client withdrew a consent; every consumer must stop sharing in that direction at once. */
@EventType("no.ipsbridge.client.consent-withdrawn.v1")
public record ConsentWithdrawn(UUID clientId, UUID consentId, ConsentDirection direction, Instant withdrawnAt)
        implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
