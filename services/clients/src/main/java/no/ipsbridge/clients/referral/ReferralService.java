package no.ipsbridge.clients.referral;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import no.ipsbridge.clientaccess.ClientAccessPolicy;
import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.careerprofile.CareerProfile;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.path.ClientPath;
import no.ipsbridge.clients.path.PathCause;
import no.ipsbridge.clients.client.ClientRepository;
import no.ipsbridge.clients.protection.ProtectionService;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.norwegianids.PersonalIdentityNumber;
import no.ipsbridge.norwegianids.PersonalIdentityNumber.Kind;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.ETags;
import no.ipsbridge.rest.Idempotency.Outcome;
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;

@ApplicationScoped
public class ReferralService {

    private final ClientRepository clients;
    private final ClientAccess access;
    private final Outbox outbox;
    private final ProtectionService protection;
    private final TransferRequests transfers;
    private final ClientPath path;

    ReferralService(ClientRepository clients, ClientAccess access, Outbox outbox, ProtectionService protection,
            TransferRequests transfers, ClientPath path) {
        this.transfers = transfers;
        this.path = path;
        this.clients = clients;
        this.access = access;
        this.outbox = outbox;
        this.protection = protection;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome refer(ReferralRequest request) {
        Caller caller = access.caller();
        var decision = ClientAccessPolicy.refer(caller);
        if (!decision.allowed()) {
            throw ProblemException.forbidden(decision.reason());
        }
        PersonalIdentityNumber.problemWith(request.nationalId()).ifPresent(problem -> {
            throw ProblemException.invalidField("nationalId", problem);
        });
        if (PersonalIdentityNumber.kindOf(request.nationalId()).orElseThrow() == Kind.H_NUMMER) {
            throw ProblemException.invalidField("nationalId", "is an H-nummer, which only the health trust that "
                    + "gave it knows; refer with the person's fødselsnummer or D-nummer");
        }
        // Only a caller who may see the person's record learns that it exists; anyone else gets a referral like
        // any other, held as a transfer request for the unit that serves the person (ADR 21).
        List<Client> active = clients.activeByNationalId(request.nationalId());
        active.stream().filter(existing -> ClientAccessPolicy.read(caller, access.factsOf(existing)).allowed())
                .findFirst().ifPresent(existing -> {
                    throw new ProblemException(new Problem(Problem.TYPE_BASE + "already-referred", "Already in IPS",
                            409, "This person already has an active IPS record; see 'existing'", List.of(),
                            "/api/clients/" + existing.id));
                });
        Client serving = active.stream().filter(existing -> existing.transferOf == null).findFirst().orElse(null);

        Client client = new Client();
        client.id = UUID.randomUUID();
        client.nationalId = request.nationalId();
        client.givenName = request.givenName().strip();
        client.familyName = request.familyName().strip();
        client.phone = request.phone();
        client.email = request.email();
        client.healthTrust = caller.org();
        client.navOffice = request.navOffice();
        client.treatmentTeamId = request.treatmentTeamId();
        client.variant = request.variant() == null ? IpsVariant.IPS : request.variant();
        client.workingAtReferral = request.workingAtReferral();
        client.referralNote = request.note();
        // A referral registered later is dated noon of its day: the same day in Norwegian time and in UTC.
        client.referredAt = request.referredOn() == null || request.referredOn().equals(IpsCalendar.today())
                ? Instant.now() : request.referredOn().atTime(12, 0).atZone(IpsCalendar.ZONE).toInstant();
        client.referredBy = caller.subject();
        client.referringAgency = caller.agency().name();
        client.status = ClientStatus.REFERRED;
        client.statusChangedOn = IpsCalendar.today();
        client.transferOf = serving == null ? null : serving.id;
        protection.markAtReferral(client, request.protection());
        try {
            clients.persistAndFlush(client);
        } catch (PersistenceException e) {
            // A concurrent referral of the same person won the race to the unique index.
            throw ProblemException.conflict("already-referred", "This person already has an active IPS record");
        }
        CareerProfile.emptyFor(client.id).persist();
        path.taken(client, null, PathCause.REFERRAL, caller);

        access.auditReferral(client, AuditedAction.REFER, decision.reason());
        if (serving != null) {
            transfers.request(serving, client, caller);
        }
        outbox.append(new ClientReferred(client.id, client.referredAt, client.referringAgency, client.healthTrust,
                client.navOffice, client.treatmentTeamId, client.variant, client.workingAtReferral));
        return new Outcome(201, URI.create("/api/clients/" + client.id), ETags.of(client.version),
                access.viewOf(client));
    }
}
