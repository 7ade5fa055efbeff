package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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

/** Referral, enrolment, status and discharge of each client, for the outcome measures and fidelity items. */
@ApplicationScoped
public class ReportedClientsProjection implements EventHandler<ClientEvent> {

    @Override
    public String name() {
        return "read-model-clients";
    }

    @Override
    public EventCatalog.Topic<ClientEvent> topic() {
        return EventCatalog.CLIENTS;
    }

    /** The clients and profile updates of the batch being handled; only the consumer's own thread touches them. */
    private ReportedClient.Batch clients = ReportedClient.Batch.NONE;
    private CareerProfileUpdate.Batch profileUpdates = CareerProfileUpdate.Batch.NONE;

    @Override
    public void beforeBatch(List<ClientEvent> events) {
        // A client event's subject is the client's id.
        clients = ReportedClient.load(events.stream().map(event -> UUID.fromString(event.subject()))
                .collect(Collectors.toSet()));
        profileUpdates = CareerProfileUpdate.load(events.stream()
                .filter(CareerProfileUpdatedV2.class::isInstance)
                .map(event -> ((CareerProfileUpdatedV2) event).clientId())
                .collect(Collectors.toSet()));
    }

    @Override
    public void handle(ClientEvent event, CloudEvent envelope) {
        switch (event) {
            case ClientReferred referred -> clients.change(referred.clientId(), client -> {
                client.healthTrust = referred.healthTrust();
                client.navOffice = referred.navOffice();
                client.variant = referred.variant();
                client.workingAtReferral = referred.workingAtReferral();
                client.treatmentTeamId = referred.treatmentTeamId();
                client.referredOn = LocalDate.ofInstant(referred.referredAt(), IpsCalendar.ZONE);
                client.status = ClientStatus.REFERRED;
            });
            case ClientEnrolled enrolled -> clients.change(enrolled.clientId(), client -> {
                client.enrolledOn = enrolled.enrolledOn();
                client.enrolledBy = enrolled.specialistId();
                if (client.specialistId == null) {
                    client.specialistId = enrolled.specialistId();
                }
                client.status = ClientStatus.ENROLLED;
            });
            case ClientStatusChanged changed -> clients.change(changed.clientId(),
                    client -> client.status = changed.to());
            case ClientDischarged discharged -> clients.change(discharged.clientId(), client -> {
                client.status = ClientStatus.DISCHARGED;
                client.dischargedOn = discharged.dischargedOn();
            });
            case CareerProfileUpdatedV2 updated -> profileUpdates.record(updated.clientId(), updated.updatedOn(),
                    updated.preferredOccupationCodes());
            // Consent is not part of the reports; career-profile-updated.v1 carries no day and comes with its v2.
            case ConsentGiven ignored -> {
            }
            case ConsentWithdrawn ignored -> {
            }
            case CareerProfileUpdated ignored -> {
            }
        }
    }
}
