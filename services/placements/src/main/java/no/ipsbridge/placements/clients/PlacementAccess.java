package no.ipsbridge.placements.clients;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.AuditTrail;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.ClientAccessPolicy;
import no.ipsbridge.security.ClientAccessPolicy.Decision;
import no.ipsbridge.security.ClientAccessPolicy.Refusal;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;

/**
 * Who may record and read a client's placements: the specialist who serves the client records (or a team lead of
 * the client's health trust); reading follows the cross-agency policy, consent included. Every access is audited.
 */
@ApplicationScoped
public class PlacementAccess {

    private final CurrentCaller currentCaller;
    private final AuditTrail audit;

    PlacementAccess(CurrentCaller currentCaller, AuditTrail audit) {
        this.currentCaller = currentCaller;
        this.audit = audit;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    /** A client in IPS whom the caller serves; anything else is refused naming {@code field}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toRecordFor(UUID clientId, String field, String action) {
        Caller caller = caller();
        if (!ClientAccessPolicy.readsPersons(caller)) {
            throw ProblemException.forbidden(ClientAccessPolicy.PERSONS_REFUSED);
        }
        KnownClient client = KnownClient.findById(clientId);
        boolean serves = client != null && client.status != null
                && (caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())
                        || caller.is(Roles.TEAM_LEAD) && caller.org().equals(client.healthTrust));
        if (!serves) {
            throw unknownClient(field, "not a client on your caseload");
        }
        if (!client.isInIps()) {
            throw unknownClient(field, "the client is " + client.status + ", not enrolled in IPS");
        }
        audit.record(caller, action, clientId, "client's employment specialist or team lead");
        return client;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toRead(UUID clientId, String action) {
        Caller caller = caller();
        if (!ClientAccessPolicy.readsPersons(caller)) {
            throw ProblemException.forbidden(ClientAccessPolicy.PERSONS_REFUSED);
        }
        KnownClient client = KnownClient.findById(clientId);
        if (client == null || client.status == null) {
            throw ProblemException.notFound("Client " + clientId);
        }
        Decision decision = ClientAccessPolicy.read(caller, client.facts());
        if (!decision.allowed()) {
            if (decision.refusal() == Refusal.NO_CONSENT) {
                throw new ProblemException(403, "consent-required", "Consent required", decision.reason());
            }
            throw ProblemException.notFound("Client " + clientId);
        }
        audit.record(caller, action, clientId, decision.reason());
        return client;
    }

    /**
     * Benefits counselling is recorded by those who record for the client, and by the client's NAV counsellor, who
     * often gives it: a counsellor of the client's office, with the client's consent to sharing with NAV.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toRecordCounsellingFor(UUID clientId) {
        Caller caller = caller();
        if (!caller.is(Roles.NAV_COUNSELLOR)) {
            return toRecordFor(clientId, "clientId", "record-benefits-counselling");
        }
        KnownClient client = toRead(clientId, "record-benefits-counselling");
        if (!client.isInIps()) {
            throw unknownClient("clientId", "the client is " + client.status + ", not enrolled in IPS");
        }
        return client;
    }

    private static ProblemException unknownClient(String field, String why) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "client-not-enrolled", "Client not enrolled", 422,
                field + ": " + why, List.of(new Problem.FieldError(field, why)), null));
    }
}
