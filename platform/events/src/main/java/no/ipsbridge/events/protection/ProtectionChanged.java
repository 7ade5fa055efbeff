package no.ipsbridge.events.protection;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A client's protection marks as they stand now: every service that holds the client's data narrows who sees it.
 * Internal: published on ips.protection.v1, which only IPS Bridge's own services read — that a person has a
 * protected address or works in NAV is itself something to protect.
 *
 * @param shielded        the client works in the agency that would see them ("skjermet"): only those explicitly
 *                        assigned see them at all
 * @param navCounsellorId the Keycloak subject of the NAV counsellor explicitly assigned to a shielded client; null
 *                        when none is
 */
@EventType("no.ipsbridge.client.protection-changed.v1")
public record ProtectionChanged(UUID clientId, AddressProtection addressProtection, boolean shielded,
        String navCounsellorId, Instant changedAt) implements ProtectionEvent {

    public boolean restricts() {
        return shielded || addressProtection != AddressProtection.NONE;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
