package no.ipsbridge.placements.clients;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.clientaccess.AuditAction;
import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clientaccess.ClientAccessEnforcement;
import no.ipsbridge.clientaccess.ClientAccessPolicy;
import no.ipsbridge.clientaccess.ClientAccessPolicy.Decision;
import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.clientaccess.ProtectionMarks;
import no.ipsbridge.clientaccess.TeamClinicians;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.placements.AuditedAction;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
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
    private final ProtectionMarks marks;
    private final TeamClinicians teams;

    PlacementAccess(CurrentCaller currentCaller, AuditTrail audit, ProtectionMarks marks, TeamClinicians teams) {
        this.currentCaller = currentCaller;
        this.audit = audit;
        this.marks = marks;
        this.teams = teams;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    /** A client in IPS whom the caller serves; anything else is refused naming {@code field}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toRecordFor(UUID clientId, String field, AuditAction action) {
        Caller caller = caller();
        ClientAccessEnforcement.requireReadsPersons(caller);
        KnownClient client = KnownClient.findById(clientId);
        boolean serves = client != null && client.status != null && recordsFor(caller, client);
        if (!serves) {
            throw notEnrolled(field, "not a client on your caseload");
        }
        if (!client.isInIps()) {
            throw notEnrolled(field, "the client is " + client.status + ", not enrolled in IPS");
        }
        audit.record(caller, action, clientId, "client's employment specialist or team lead");
        return client;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toRead(UUID clientId, AuditAction action) {
        Caller caller = caller();
        KnownClient client = known(caller, clientId);
        Decision decision = ClientAccessEnforcement.enforce(caller, clientId, factsOf(client),
                ClientAccessPolicy::read);
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
            return toRecordFor(clientId, "clientId", AuditedAction.RECORD_BENEFITS_COUNSELLING);
        }
        KnownClient client = toRead(clientId, AuditedAction.RECORD_BENEFITS_COUNSELLING);
        if (!client.isInIps()) {
            throw notEnrolled("clientId", "the client is " + client.status + ", not enrolled in IPS");
        }
        return client;
    }

    /**
     * Reports to NAV are written by those who record for the client, also once the client is discharged (the end
     * report). Others who may read the client are told they may not (403); anyone else finds no client (404).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient toReportOn(UUID clientId, AuditAction action) {
        Caller caller = caller();
        KnownClient client = known(caller, clientId);
        if (!recordsFor(caller, client)) {
            ClientAccessEnforcement.enforce(caller, clientId, factsOf(client), ClientAccessPolicy::read);
            throw ProblemException.forbidden("only the client's employment specialist or a team lead of their trust "
                    + "writes reports to NAV");
        }
        if (client.status == ClientStatus.REFERRED) {
            throw ProblemException.conflict("client-not-enrolled", "A client awaiting enrolment has nothing to report");
        }
        audit.record(caller, action, clientId, "client's employment specialist or team lead");
        return client;
    }

    /** A client this service knows of, for a caller whose role reads persons at all. */
    private static KnownClient known(Caller caller, UUID clientId) {
        ClientAccessEnforcement.requireReadsPersons(caller);
        KnownClient client = KnownClient.findById(clientId);
        if (client == null || client.status == null) {
            throw ClientAccessEnforcement.unknownClient(clientId);
        }
        return client;
    }

    /** Whether the caller writes the client's records here: their specialist, or a team lead of their trust. */
    public boolean recordsFor(Caller caller, KnownClient client) {
        return caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())
                || caller.is(Roles.TEAM_LEAD) && caller.org().equals(client.healthTrust);
    }

    /** The access facts of a known client, with the protection marks and treatment team the other services published. */
    public ClientFacts factsOf(KnownClient client) {
        return client.facts().with(marks.of(client.clientId)).with(teams.of(client.treatmentTeamId));
    }

    /** Whether the caller, who may read the client, also sees where they work and study. */
    public boolean seesLocationOf(KnownClient client) {
        return ClientAccessPolicy.seesContactDetails(caller(), factsOf(client));
    }

    /**
     * Whether what is written about the client for others (a report to NAV) may name their workplaces: not for a
     * client with a protected address, whoever reads it later.
     */
    public boolean workplacesMayBeNamed(KnownClient client) {
        return !factsOf(client).protection().hidesContactDetails();
    }

    private static ProblemException notEnrolled(String field, String why) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "client-not-enrolled", "Client not enrolled", 422,
                field + ": " + why, List.of(new Problem.FieldError(field, why)), null));
    }
}
