package no.ipsbridge.clients.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.clientaccess.AuditAction;
import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.path.ClientPath;
import no.ipsbridge.clients.path.PathCause;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

@ApplicationScoped
public class LifecycleService {

    private static final EnumSet<ClientStatus> STATUS_COMMAND_TARGETS =
            EnumSet.of(ClientStatus.JOB_SEARCH, ClientStatus.EMPLOYED, ClientStatus.FOLLOW_ALONG);

    private final ClientAccess access;
    private final Outbox outbox;
    private final ClientPath path;

    LifecycleService(ClientAccess access, Outbox outbox, ClientPath path) {
        this.access = access;
        this.outbox = outbox;
        this.path = path;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome enrol(UUID clientId, String ifMatch, LifecycleRequests.Enrolment request) {
        Client client = open(clientId, ifMatch, AuditedAction.ENROL);
        Caller caller = access.caller();
        String specialist = request.specialistId();
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && (specialist == null || specialist.equals(caller.subject()))) {
            specialist = caller.subject();
        } else if (specialist == null) {
            throw ProblemException.invalidField("specialistId", "name the employment specialist who takes the client");
        } else if (!caller.is(Roles.TEAM_LEAD)) {
            throw ProblemException.forbidden("a specialist enrols clients into their own caseload only");
        }
        LocalDate on = dayOf(request.enrolledOn());
        if (on.isBefore(LocalDate.ofInstant(client.referredAt, IpsCalendar.ZONE))) {
            throw ProblemException.invalidField("enrolledOn", "must not be before the day of the referral");
        }
        client.enrol(on, specialist);
        path.taken(client, ClientStatus.REFERRED, PathCause.ENROLMENT, caller);
        outbox.append(new ClientEnrolled(client.id, on, specialist));
        return answer(client);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome changeStatus(UUID clientId, String ifMatch, LifecycleRequests.StatusChange request) {
        if (!STATUS_COMMAND_TARGETS.contains(request.status())) {
            throw ProblemException.invalidField("status", "must be JOB_SEARCH, EMPLOYED or FOLLOW_ALONG; "
                    + "use POST /enrolment or /discharge for the others");
        }
        Client client = open(clientId, ifMatch, AuditedAction.CHANGE_STATUS);
        LocalDate on = dayOf(request.on());
        ClientStatus from = client.moveTo(request.status(), on);
        path.taken(client, from, PathCause.STATUS_CHANGE, access.caller());
        outbox.append(new ClientStatusChanged(client.id, from, client.status, on));
        return answer(client);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome discharge(UUID clientId, String ifMatch, LifecycleRequests.Discharge request) {
        Client client = open(clientId, ifMatch, AuditedAction.DISCHARGE);
        LocalDate on = dayOf(request.on());
        ClientStatus from = client.discharge(request.reason(), on);
        path.taken(client, from, PathCause.DISCHARGE, access.caller());
        outbox.append(new ClientDischarged(client.id, from, on, request.reason()));
        return answer(client);
    }

    private Client open(UUID clientId, String ifMatch, AuditAction action) {
        Client client = access.toChangePath(clientId, action);
        ETags.check(ifMatch, client.version, false);
        return client;
    }

    private Outcome answer(Client client) {
        client.persistAndFlush();
        return new Outcome(200, null, ETags.of(client.version), access.viewOf(client));
    }

    private static LocalDate dayOf(LocalDate requested) {
        return requested == null ? IpsCalendar.today() : requested;
    }
}
