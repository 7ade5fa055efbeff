package no.ipsbridge.clients.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.clientaccess.AuditAction;
import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clientaccess.ClientAccessEnforcement;
import no.ipsbridge.clientaccess.ClientAccessPolicy;
import no.ipsbridge.clientaccess.ClientAccessPolicy.Decision;
import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.clientaccess.TeamClinicians;
import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.client.ClientRepository;
import no.ipsbridge.clients.client.ClientView;
import no.ipsbridge.clients.consent.ConsentRepository;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;

/**
 * The one door to a client's data in this service: loads the client, asks the access policy, and writes the audit
 * row in the caller's transaction. A client the caller may not see answers 404, as if it did not exist, unless
 * the caller does serve the client and only the client's consent stands between them (403, saying so).
 */
@ApplicationScoped
public class ClientAccess {

    private final ClientRepository clients;
    private final ConsentRepository consents;
    private final AuditTrail audit;
    private final CurrentCaller currentCaller;
    private final TeamClinicians teams;

    ClientAccess(ClientRepository clients, ConsentRepository consents, AuditTrail audit, CurrentCaller currentCaller,
            TeamClinicians teams) {
        this.clients = clients;
        this.consents = consents;
        this.audit = audit;
        this.currentCaller = currentCaller;
        this.teams = teams;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toRead(UUID clientId, AuditAction action) {
        return open(clientId, action, ClientAccessPolicy::read);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toChangePath(UUID clientId, AuditAction action) {
        return open(clientId, action, ClientAccessPolicy::changePath);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toResolveTransfer(UUID clientId, AuditAction action) {
        return open(clientId, action, ClientAccessPolicy::resolveTransfer);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toRecordConsent(UUID clientId, AuditAction action) {
        return open(clientId, action, ClientAccessPolicy::recordConsent);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toMarkProtection(UUID clientId) {
        return open(clientId, AuditedAction.MARK_PROTECTION, ClientAccessPolicy::markProtection);
    }

    /** The client as this caller may see it: without phone and e-mail when a protected address hides them. */
    public ClientView viewOf(Client client) {
        return ClientView.of(client, ClientAccessPolicy.seesContactDetails(caller(), factsOf(client)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Client toReadAudit(UUID clientId) {
        return open(clientId, AuditedAction.READ_AUDIT_TRAIL, ClientAccessPolicy::readAudit);
    }

    /**
     * The clients of a page the caller may see, in the page's order, audited as listed: one entry per rule that
     * allowed them, naming each client it allowed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Client> auditListed(List<Client> page) {
        Map<String, List<UUID>> allowedByReason = new LinkedHashMap<>();
        List<Client> shown = new ArrayList<>();
        for (Client client : page) {
            Decision decision = ClientAccessPolicy.read(caller(), factsOf(client));
            if (decision.allowed()) {
                allowedByReason.computeIfAbsent(decision.reason(), reason -> new ArrayList<>()).add(client.id);
                shown.add(client);
            }
        }
        allowedByReason.forEach((reason, clientIds) -> audit.recordList(caller(), AuditedAction.LIST_CLIENTS,
                clientIds, reason));
        return shown;
    }

    /**
     * Records what a referral did, where no load-and-decide door was passed: the new record it created, and the
     * record of another unit it is held against as a transfer request (ADR 21).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void auditReferral(Client client, AuditAction action, String purpose) {
        audit.record(caller(), action, client.id, purpose);
    }

    public ClientFacts factsOf(Client client) {
        return new ClientFacts(client.healthTrust, client.navOffice, client.specialistId,
                client.status == ClientStatus.REFERRED, consents.directionsInForce(client.id), client.protection(),
                teams.of(client.treatmentTeamId));
    }

    private Client open(UUID clientId, AuditAction action, BiFunction<Caller, ClientFacts, Decision> rule) {
        Caller caller = caller();
        ClientAccessEnforcement.requireReadsPersons(caller);
        Client client = clients.findById(clientId);
        if (client == null) {
            throw ClientAccessEnforcement.unknownClient(clientId);
        }
        Decision decision = ClientAccessEnforcement.enforce(caller, clientId, factsOf(client), rule);
        audit.record(caller, action, clientId, decision.reason());
        return client;
    }
}
