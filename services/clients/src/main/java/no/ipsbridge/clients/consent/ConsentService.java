package no.ipsbridge.clients.consent;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;

@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final ClientAccess access;
    private final Outbox outbox;

    ConsentService(ConsentRepository consents, ClientAccess access, Outbox outbox) {
        this.consents = consents;
        this.access = access;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome give(UUID clientId, ConsentRequests.Give request) {
        access.toRecordConsent(clientId, AuditedAction.RECORD_CONSENT);
        if (consents.inForce(clientId, request.direction()).isPresent()) {
            throw ProblemException.conflict("consent-already-given",
                    "A consent for " + request.direction() + " is already in force");
        }
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.clientId = clientId;
        consent.direction = request.direction();
        consent.givenAt = request.givenAt() == null ? Instant.now() : request.givenAt();
        consent.givenBy = access.caller().subject();
        consents.persistAndFlush(consent);
        outbox.append(new ConsentGiven(clientId, consent.id, consent.direction, consent.givenAt));
        return new Outcome(201, URI.create("/api/clients/" + clientId + "/consents/" + consent.id), null,
                ConsentRequests.View.of(consent));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome withdraw(UUID clientId, UUID consentId, ConsentRequests.Withdraw request) {
        access.toRecordConsent(clientId, AuditedAction.WITHDRAW_CONSENT);
        Consent consent = consents.findByIdOptional(consentId).filter(c -> c.clientId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Consent " + consentId));
        if (!consent.inForce()) {
            throw ProblemException.conflict("consent-already-withdrawn", "This consent was already withdrawn");
        }
        consent.withdrawnAt = request.withdrawnAt() == null ? Instant.now() : request.withdrawnAt();
        consent.withdrawnBy = access.caller().subject();
        outbox.append(new ConsentWithdrawn(clientId, consent.id, consent.direction, consent.withdrawnAt));
        return new Outcome(200, null, null, ConsentRequests.View.of(consent));
    }
}
