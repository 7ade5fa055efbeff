package no.ipsbridge.specialists.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.ipsbridge.clientaccess.AuditTrail;
import no.ipsbridge.clientaccess.ClientAccessPolicy;
import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.clientaccess.ProtectionMarks;
import no.ipsbridge.clientaccess.TeamClinicians;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.ReleaseReason;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.EffectiveDate;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.specialists.AuditedAction;
import no.ipsbridge.specialists.clients.KnownClient;
import no.ipsbridge.specialists.roster.Specialist;

/**
 * The caseload rules: a client on one caseload at a time, at most {@value Assignment#CASELOAD_LIMIT} per
 * specialist unless a team lead records why, and release when the clients service discharges the client.
 */
@ApplicationScoped
public class Caseloads {

    private static final List<ClientStatus> ON_CASELOAD = List.of(ClientStatus.ENROLLED, ClientStatus.JOB_SEARCH,
            ClientStatus.EMPLOYED, ClientStatus.FOLLOW_ALONG);

    private final CurrentCaller currentCaller;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ProtectionMarks marks;
    private final TeamClinicians teams;

    Caseloads(CurrentCaller currentCaller, Outbox outbox, AuditTrail audit, ProtectionMarks marks,
            TeamClinicians teams) {
        this.currentCaller = currentCaller;
        this.outbox = outbox;
        this.audit = audit;
        this.marks = marks;
        this.teams = teams;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment assign(String specialistId, UUID clientId, String overrideReason, LocalDate requestedOn) {
        Caller caller = currentCaller.get();
        Specialist specialist = lockActive(specialistId);
        if (!(caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(specialistId))
                && !specialist.isManagedBy(caller)) {
            throw ProblemException.forbidden("a specialist fills their own caseload; a team lead fills any in their unit");
        }
        KnownClient client = enrolledClient(clientId, caller);
        Assignment current = Assignment.activeFor(clientId);
        if (current != null) {
            throw ProblemException.conflict("already-assigned", current.specialistId.equals(specialistId)
                    ? "The client is already on this caseload"
                    : "The client is on another specialist's caseload; reassign instead");
        }
        LocalDate lastLeft = Assignment.lastReleaseOf(clientId);
        LocalDate assignedOn = lastLeft != null && lastLeft.isAfter(client.enrolledOn)
                ? EffectiveDate.of(requestedOn, "assignedOn", lastLeft, "the day the client left their last caseload")
                : EffectiveDate.of(requestedOn, "assignedOn", client.enrolledOn, "the client's enrolment");
        boolean overLimit = checkLimit(caller, specialistId, overrideReason);
        Assignment assignment = newAssignment(client.clientId, specialistId, caller, overLimit ? overrideReason : null,
                assignedOn);
        outbox.append(new ClientAssigned(clientId, specialistId, assignment.assignedOn,
                (int) Assignment.activeCount(specialistId), overLimit));
        audit.record(caller, AuditedAction.ASSIGN_CLIENT, clientId,
                "caseload of " + specialistId + " from " + assignedOn);
        return assignment;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment reassign(String fromSpecialistId, UUID clientId, String toSpecialistId, String overrideReason,
            LocalDate requestedOn) {
        Caller caller = currentCaller.get();
        Specialist to = lockActive(toSpecialistId);
        if (!to.isManagedBy(caller)) {
            throw ProblemException.forbidden("only a team lead of the unit reassigns clients");
        }
        Assignment current = Assignment.activeFor(clientId);
        if (current == null || !current.specialistId.equals(fromSpecialistId)) {
            throw ProblemException.notFound("Client " + clientId + " on the caseload of " + fromSpecialistId);
        }
        enrolledClient(clientId, caller);
        if (toSpecialistId.equals(fromSpecialistId)) {
            throw ProblemException.invalidField("toSpecialistId", "is the specialist who has the client now");
        }
        LocalDate movedOn = EffectiveDate.of(requestedOn, "reassignedOn", current.assignedOn,
                "the day the client joined the caseload they leave");
        boolean overLimit = checkLimit(caller, toSpecialistId, overrideReason);
        current.releasedOn = movedOn;
        current.persistAndFlush();
        Assignment assignment = newAssignment(clientId, toSpecialistId, caller, overLimit ? overrideReason : null,
                movedOn);
        outbox.append(new ClientReassigned(clientId, fromSpecialistId, toSpecialistId, movedOn, overLimit));
        audit.record(caller, AuditedAction.REASSIGN_CLIENT, clientId,
                "from " + fromSpecialistId + " to " + toSpecialistId + " on " + movedOn);
        return assignment;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String specialistId, UUID clientId, LocalDate requestedOn) {
        Caller caller = currentCaller.get();
        Specialist specialist = Specialist.findById(specialistId);
        if (specialist == null || !(caller.subject().equals(specialistId) || specialist.isManagedBy(caller))) {
            throw ProblemException.notFound("Caseload of " + specialistId);
        }
        Assignment current = Assignment.activeFor(clientId);
        if (current == null || !current.specialistId.equals(specialistId) || hiddenFrom(caller, clientId, specialistId)) {
            throw ProblemException.notFound("Client " + clientId + " on the caseload of " + specialistId);
        }
        current.releasedOn = EffectiveDate.of(requestedOn, "releasedOn", current.assignedOn,
                "the day the client joined the caseload");
        current.releaseReason = ReleaseReason.RELEASED_BY_TEAM;
        outbox.append(new ClientReleased(clientId, specialistId, current.releasedOn, ReleaseReason.RELEASED_BY_TEAM));
        audit.record(caller, AuditedAction.RELEASE_CLIENT, clientId, "caseload of " + specialistId + " until "
                + current.releasedOn);
    }

    /** The clients service discharged the client: they leave whichever caseload they were on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseOnDischarge(UUID clientId, LocalDate dischargedOn) {
        Assignment current = Assignment.activeFor(clientId);
        if (current == null) {
            return;
        }
        current.releasedOn = dischargedOn;
        current.releaseReason = ReleaseReason.DISCHARGED;
        outbox.append(new ClientReleased(clientId, current.specialistId, dischargedOn, ReleaseReason.DISCHARGED));
    }

    private Specialist lockActive(String specialistId) {
        // The lock serialises assignments to one specialist, so two at once cannot both take the 20th place.
        Specialist specialist = Specialist.findById(specialistId, LockModeType.PESSIMISTIC_WRITE);
        if (specialist == null) {
            throw ProblemException.notFound("Specialist " + specialistId);
        }
        if (!specialist.active) {
            throw ProblemException.conflict("specialist-inactive", "This specialist is not taking clients");
        }
        return specialist;
    }

    /**
     * A manager of the specialist releases only a client they may read: under consent for a NAV team lead, of their
     * trust for a health-trust lead, and a shielded client only when assigned to them too.
     */
    private boolean hiddenFrom(Caller caller, UUID clientId, String specialistId) {
        KnownClient client = KnownClient.findById(clientId);
        if (client == null || caller.subject().equals(specialistId)) {
            return false;
        }
        return !ClientAccessPolicy.read(caller, factsOf(client, specialistId)).allowed();
    }

    /** The access facts of a known client served by {@code serving}, with their protection marks and team. */
    public ClientFacts factsOf(KnownClient client, String serving) {
        return client.factsServedBy(serving).with(marks.of(client.clientId)).with(teams.of(client.treatmentTeamId));
    }

    private KnownClient enrolledClient(UUID clientId, Caller caller) {
        KnownClient client = KnownClient.findById(clientId);
        Assignment current = Assignment.activeFor(clientId);
        String serving = current != null ? current.specialistId : client == null ? null : client.enrolledBy;
        if (client == null || !ClientAccessPolicy.read(caller, factsOf(client, serving)).allowed()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "unknown-client", "Unknown client", 422,
                    "clientId: no enrolled client with this id that you serve (enrol in the clients service first)",
                    List.of(new Problem.FieldError("clientId", "not an enrolled client you serve")), null));
        }
        if (!ON_CASELOAD.contains(client.status)) {
            throw ProblemException.conflict("client-not-enrolled", "A client who is " + client.status
                    + " cannot be on a caseload; enrol them in the clients service first");
        }
        return client;
    }

    private boolean checkLimit(Caller caller, String specialistId, String overrideReason) {
        if (Assignment.activeCount(specialistId) < Assignment.CASELOAD_LIMIT) {
            return false;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw ProblemException.conflict("caseload-limit", "The caseload already has "
                    + Assignment.CASELOAD_LIMIT + " clients, the IPS limit; a team lead may exceed it with a reason");
        }
        if (!caller.is(Roles.TEAM_LEAD)) {
            throw ProblemException.forbidden("only a team lead may exceed the IPS caseload limit");
        }
        return true;
    }

    private static Assignment newAssignment(UUID clientId, String specialistId, Caller caller, String overrideReason,
            LocalDate assignedOn) {
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.clientId = clientId;
        assignment.specialistId = specialistId;
        assignment.assignedOn = assignedOn;
        assignment.overrideReason = overrideReason;
        assignment.overrideBy = overrideReason == null ? null : caller.subject();
        assignment.persistAndFlush();
        return assignment;
    }
}
