package no.ipsbridge.specialists.clients;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.IpsCalendar;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;
import no.ipsbridge.outbox.EventHandler;
import no.ipsbridge.outbox.RejectedEventException;
import no.ipsbridge.specialists.caseload.Caseloads;

/**
 * Keeps {@link KnownClient} in step with the clients service, and releases a discharged client from their
 * specialist's caseload. Runs once per event (the inbox), in the order of each client's events.
 */
@ApplicationScoped
public class KnownClientsProjection implements EventHandler<ClientEvent> {

    private final Caseloads caseloads;

    KnownClientsProjection(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    public String name() {
        return "client-projection";
    }

    @Override
    public EventCatalog.Topic<ClientEvent> topic() {
        return EventCatalog.CLIENTS;
    }

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        if (event instanceof ClientReferred referred) {
            KnownClient client = KnownClient.findById(referred.clientId());
            if (client == null) {
                client = new KnownClient();
                client.clientId = referred.clientId();
            }
            client.apply(referred);
            client.statusChangedOn = LocalDate.ofInstant(referred.referredAt(), IpsCalendar.ZONE);
            client.persist();
            return;
        }
        KnownClient client = KnownClient.findById(java.util.UUID.fromString(event.subject()));
        if (client == null) {
            // Every client's history starts with its referral on the same partition; without it this is not ours.
            throw new RejectedEventException("event for a client whose referral was never seen");
        }
        client.apply(event);
        switch (event) {
            case ClientEnrolled enrolled -> {
                client.enrolledOn = enrolled.enrolledOn();
                client.statusChangedOn = enrolled.enrolledOn();
            }
            case ClientStatusChanged changed -> {
                client.statusChangedOn = changed.changedOn();
                if (changed.to() == ClientStatus.EMPLOYED
                        && (changed.from() == ClientStatus.JOB_SEARCH || changed.from() == ClientStatus.ENROLLED)) {
                    client.employedSince = changed.changedOn();
                    client.jobLostOn = null;
                }
                if (changed.to() == ClientStatus.JOB_SEARCH && changed.from() != ClientStatus.ENROLLED) {
                    client.jobLostOn = changed.changedOn();
                    client.employedSince = null;
                }
            }
            case ClientDischarged discharged -> {
                client.statusChangedOn = discharged.dischargedOn();
                caseloads.releaseOnDischarge(client.clientId, discharged.dischargedOn());
            }
            case ClientReferred applied -> {
                // applied above: the referral is what makes the client known
            }
            // Consents are among the shared facts; career profile updates carry nothing this service keeps.
            case ConsentGiven ignored -> {
            }
            case ConsentWithdrawn ignored -> {
            }
            case CareerProfileUpdated ignored -> {
            }
            case CareerProfileUpdatedV2 ignored -> {
            }
        }
    }
}
