package no.ipsbridge.clients.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.clients.AuditedAction;
import no.ipsbridge.clients.access.ClientAccess;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.clients.client.ClientRepository;
import no.ipsbridge.clients.path.ClientPath;
import no.ipsbridge.clients.path.PathCause;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.outbox.Outbox;
import no.ipsbridge.rest.EffectiveDate;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;

/** Transfer requests: made by a referral of a person served elsewhere, resolved by the unit that serves them. */
@ApplicationScoped
public class TransferRequests {

    @Schema(name = "TransferRequest", description = """
            Someone who may not see this client referred the same person; until you resolve it, their referral is a
            record of its own in their health trust.""")
    public record View(UUID id, Instant requestedAt,
            @Schema(description = "The health trust whose clinician or clinic system referred the person")
            String requestingHealthTrust,
            @Schema(nullable = true, description = "Empty while waiting") TransferRequest.Outcome outcome,
            @Schema(nullable = true) LocalDate resolvedOn) {

        static View of(TransferRequest request) {
            return new View(request.id, request.requestedAt, request.requestingHealthTrust, request.outcome,
                    request.resolvedOn);
        }
    }

    @Schema(name = "TransferResolution", description = "Who goes on serving the person")
    public record Resolution(
            @Schema(required = true, description = "HAND_OVER: the referring unit takes over and this record is "
                    + "discharged as TRANSFERRED; KEEP: you go on, and the other referral is discharged as TRANSFERRED")
            @jakarta.validation.constraints.NotNull TransferRequest.Outcome outcome,
            @Schema(description = "Day of the decision; today if absent, never in the future") LocalDate on) {
    }

    private final ClientRepository clients;
    private final ClientAccess access;
    private final Outbox outbox;
    private final ClientPath path;

    TransferRequests(ClientRepository clients, ClientAccess access, Outbox outbox, ClientPath path) {
        this.path = path;
        this.clients = clients;
        this.access = access;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void request(Client serving, Client referral, Caller caller) {
        TransferRequest request = new TransferRequest();
        request.id = UUID.randomUUID();
        request.clientId = serving.id;
        request.referralId = referral.id;
        request.requestingHealthTrust = caller.org();
        request.requestedAt = referral.referredAt;
        request.persist();
        access.auditReferral(serving, AuditedAction.REFERRED_BY_ANOTHER_UNIT,
                "a referral by a caller who may not see this record, held as a transfer request");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<View> of(UUID clientId) {
        Client client = access.toResolveTransfer(clientId, AuditedAction.READ_TRANSFER_REQUESTS);
        return TransferRequest.<TransferRequest>list("clientId = ?1 order by requestedAt", client.id).stream()
                .map(View::of).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public View resolve(UUID clientId, UUID requestId, Resolution resolution) {
        Client serving = access.toResolveTransfer(clientId, AuditedAction.RESOLVE_TRANSFER_REQUEST);
        TransferRequest request = TransferRequest.findById(requestId);
        if (request == null || !request.clientId.equals(serving.id)) {
            throw ProblemException.notFound("Transfer request " + requestId);
        }
        if (request.outcome != null) {
            throw ProblemException.conflict("already-resolved", "This transfer request was resolved on "
                    + request.resolvedOn);
        }
        LocalDate on = EffectiveDate.of(resolution.on(), "on", request.requestedAt.atZone(IpsCalendar.ZONE)
                .toLocalDate(), "the referral");
        Client referral = clients.findById(request.referralId);
        if (referral.status == ClientStatus.DISCHARGED) {
            throw ProblemException.conflict("referral-closed", "The referring unit has closed its referral; "
                    + "there is nothing to hand over or keep");
        }
        if (resolution.outcome() == TransferRequest.Outcome.HAND_OVER) {
            if (serving.status == ClientStatus.DISCHARGED) {
                throw ProblemException.conflict("not-served", "This client was discharged, so there is nothing to "
                        + "hand over; resolve with KEEP to close the other referral, or leave it to go on");
            }
            dischargeAsTransferred(serving, on);
            clients.flush();
            referral.transferOf = null;
        } else {
            dischargeAsTransferred(referral, on);
        }
        request.outcome = resolution.outcome();
        request.resolvedOn = on;
        request.resolvedBy = access.caller().subject();
        return View.of(request);
    }

    private void dischargeAsTransferred(Client client, LocalDate on) {
        if (client.status == ClientStatus.DISCHARGED) {
            return;
        }
        ClientStatus from = client.discharge(DischargeReason.TRANSFERRED, on);
        path.taken(client, from, PathCause.DISCHARGE, access.caller());
        outbox.append(new ClientDischarged(client.id, from, on, DischargeReason.TRANSFERRED));
    }
}
