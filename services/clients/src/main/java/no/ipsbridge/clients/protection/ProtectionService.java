package no.ipsbridge.clients.protection;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.events.protection.ProtectionChanged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;

/**
 * Sets a client's protection marks and tells the other services over the internal ips.protection.v1, in the same
 * transaction, so no service keeps showing what the mark hides once the change is seen.
 */
@ApplicationScoped
public class ProtectionService {

    private final ClientAccess access;
    private final Outbox outbox;

    ProtectionService(ClientAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome mark(UUID clientId, String ifMatch, ProtectionRequest request) {
        Client client = access.toMarkProtection(clientId);
        ETags.check(ifMatch, client.version, false);
        apply(client, request);
        client.persistAndFlush();
        return new Outcome(200, null, ETags.of(client.version), access.viewOf(client));
    }

    /** Marks a client being referred; a referral without marks publishes nothing here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markAtReferral(Client client, ProtectionRequest request) {
        if (request != null && (request.restricts() || request.navCounsellorId() != null)) {
            apply(client, request);
        }
    }

    private void apply(Client client, ProtectionRequest request) {
        if (request.navCounsellorId() != null && !request.shielded()) {
            throw ProblemException.invalidField("navCounsellorId",
                    "only a shielded client has an explicitly assigned NAV counsellor");
        }
        client.addressProtection = request.addressProtection();
        client.shielded = request.shielded();
        client.navCounsellorId = request.navCounsellorId();
        outbox.append(new ProtectionChanged(client.id, client.addressProtection, client.shielded,
                client.navCounsellorId, Instant.now()));
    }

    /** What the marks are now, for those who may read the client. */
    public static ProtectionRequest of(Client client) {
        return new ProtectionRequest(client.addressProtection, client.shielded, client.navCounsellorId);
    }
}
