package no.ipsbridge.events.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A service showed a list of clients (a caseload, a team's meetings) and records it once, naming every client the
 * list showed, where one {@link AccessRecorded} per client would cost a row and an event each for every glance at a
 * phone. Internal like {@link AccessRecorded}; the clients service files it in the trail of each client named.
 * Keyed by the actor, since it concerns many clients.
 *
 * @param purpose the access rule that allowed it, e.g. "own caseload"
 */
@EventType("no.ipsbridge.audit.list-access-recorded.v1")
public record ListAccessRecorded(List<UUID> clientIds, Instant at, String actorId, String actorAgency,
        String actorOrg, String action, String purpose) implements AuditEvent {

    public ListAccessRecorded {
        clientIds = List.copyOf(clientIds);
    }

    @Override
    public String subject() {
        return actorId;
    }
}
