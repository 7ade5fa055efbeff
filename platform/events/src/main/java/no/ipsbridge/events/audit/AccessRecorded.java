package no.ipsbridge.events.audit;

import java.time.Instant;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A service other than the clients service read or changed a client's data; the clients service keeps the client's
 * audit trail whole. Internal: published on ips.audit.v1, which only the clients service may read. Carries the
 * actor's user id and unit, never a name.
 *
 * @param purpose the access rule that allowed it, e.g. "own caseload"
 */
@EventType("no.ipsbridge.audit.access-recorded.v1")
public record AccessRecorded(UUID clientId, Instant at, String actorId, String actorAgency, String actorOrg,
        String action, String purpose) implements AuditEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
