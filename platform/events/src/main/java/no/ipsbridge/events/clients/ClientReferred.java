package no.ipsbridge.events.clients;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A person was referred to IPS. Carries where the referral came from and which NAV office follows the client,
 * never who the person is.
 *
 * @param workingAtReferral whether the client had a job when referred; the employment rate counts only those
 *                          who had none
 */
@EventType("no.ipsbridge.client.referred.v1")
public record ClientReferred(UUID clientId, Instant referredAt, String referringAgency, String healthTrust,
        String navOffice, UUID treatmentTeamId, IpsVariant variant, boolean workingAtReferral) implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
