package no.ipsbridge.specialists.clients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.clientaccess.KnownClientFactsProjection;
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
import no.ipsbridge.specialists.caseload.Caseloads;

/**
 * Keeps {@link KnownClient} in step with the clients service, with the days the phone's schedule counts from, and
 * releases a discharged client from their specialist's caseload. Runs once per event (the inbox), in the order of
 * each client's events.
 */
@ApplicationScoped
public class KnownClientsProjection extends KnownClientFactsProjection<KnownClient> {

    private final Caseloads caseloads;

    KnownClientsProjection(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @Override
    protected List<KnownClient> findAll(Collection<UUID> clientIds) {
        return KnownClient.list("clientId in ?1", clientIds);
    }

    @Override
    protected KnownClient newRow(UUID clientId) {
        KnownClient client = new KnownClient();
        client.clientId = clientId;
        return client;
    }

    @Override
    protected void referred(KnownClient client, ClientReferred referral) {
        client.statusChangedOn = LocalDate.ofInstant(referral.referredAt(), IpsCalendar.ZONE);
    }

    @Override
    protected void applied(KnownClient client, ClientEvent event) {
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
            case ClientReferred referral -> {
                // never a later event: a referral is what makes the client known (see referred)
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
