package no.ipsbridge.clients.path;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import no.ipsbridge.security.Caller;
import no.ipsbridge.clients.client.Client;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.ClientStatus;

/**
 * Keeps every step of a client's path as it is taken, in the transaction that takes it: the client row holds only
 * where the client is now.
 */
@ApplicationScoped
public class ClientPath {

    /** A step a person took through the API. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void taken(Client client, ClientStatus from, PathCause cause, Caller by) {
        PathStep step = step(client, from, cause);
        step.recordedBy = by.subject();
        step.recordedByName = by.username();
        step.recordedByAgency = by.agency().name();
        step.persist();
    }

    /** A step that followed from a job recorded in the placements service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followed(Client client, ClientStatus from, PathCause cause) {
        step(client, from, cause).persist();
    }

    /** The client's path, oldest step first. */
    public List<PathStep> of(UUID clientId) {
        // In the order the steps were taken: a step may be dated earlier than the one before it (a job start
        // registered late), and the path is still the order in which the client went along it.
        return PathStep.list("clientId = ?1 order by id", clientId);
    }

    private static PathStep step(Client client, ClientStatus from, PathCause cause) {
        PathStep step = new PathStep();
        step.clientId = client.id;
        step.status = client.status;
        step.fromStatus = from;
        // A referral registered later carries the day it was made; every other step is dated by its command.
        step.on = cause == PathCause.REFERRAL ? LocalDate.ofInstant(client.referredAt, IpsCalendar.ZONE)
                : client.statusChangedOn;
        step.recordedAt = Instant.now();
        step.cause = cause;
        step.dischargeReason = client.status == ClientStatus.DISCHARGED ? client.dischargeReason : null;
        return step;
    }
}
