package no.ipsbridge.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.specialists.ActivityLogged;
import no.ipsbridge.events.specialists.ClientAssigned;
import no.ipsbridge.events.specialists.ClientReassigned;
import no.ipsbridge.events.specialists.ClientReleased;
import no.ipsbridge.events.specialists.NavContactLogged;
import no.ipsbridge.events.specialists.SpecialistEvent;
import no.ipsbridge.events.specialists.SpecialistRegistered;
import no.ipsbridge.events.specialists.WorkingFractionChanged;
import no.ipsbridge.outbox.EventHandler;

/** The roster, who serves each client and since when, and the specialists' time. */
@ApplicationScoped
public class ReportedSpecialistWorkProjection implements EventHandler<SpecialistEvent> {

    @Override
    public String name() {
        return "read-model-specialists";
    }

    @Override
    public EventCatalog.Topic<SpecialistEvent> topic() {
        return EventCatalog.SPECIALISTS;
    }

    @Override
    public void handle(SpecialistEvent event, CloudEvent envelope) {
        switch (event) {
            case SpecialistRegistered registered -> {
                ReportedSpecialist found = ReportedSpecialist.findById(registered.specialistId());
                ReportedSpecialist specialist = found == null ? new ReportedSpecialist() : found;
                specialist.specialistId = registered.specialistId();
                specialist.agency = registered.agency();
                specialist.org = registered.org();
                specialist.workingFraction = registered.workingFraction();
                specialist.registeredOn = registered.registeredOn();
                if (found == null) {
                    specialist.persist();
                }
                WorkingFractionPeriod.record(registered.specialistId(), registered.registeredOn(),
                        registered.workingFraction());
            }
            case WorkingFractionChanged changed -> WorkingFractionPeriod.record(changed.specialistId(),
                    changed.effectiveOn(), changed.workingFraction());
            case NavContactLogged logged -> {
                if (ReportedNavContact.findById(logged.contactId()) == null) {
                    ReportedNavContact contact = new ReportedNavContact();
                    contact.contactId = logged.contactId();
                    contact.specialistId = logged.specialistId();
                    contact.contactedOn = logged.contactedOn();
                    contact.scheduled = logged.scheduled();
                    contact.faceToFace = logged.faceToFace();
                    contact.persist();
                }
            }
            case ClientAssigned assigned -> {
                ReportedClient.change(assigned.clientId(), client -> client.specialistId = assigned.specialistId());
                CaseloadSpell.open(assigned.clientId(), assigned.specialistId(), assigned.assignedOn());
            }
            case ClientReassigned reassigned -> {
                ReportedClient.change(reassigned.clientId(),
                        client -> client.specialistId = reassigned.toSpecialistId());
                CaseloadSpell.open(reassigned.clientId(), reassigned.toSpecialistId(), reassigned.reassignedOn());
            }
            case ClientReleased released -> CaseloadSpell.close(released.clientId(), released.releasedOn());
            case ActivityLogged logged -> {
                ReportedActivity activity = new ReportedActivity();
                activity.activityId = logged.activityId();
                activity.specialistId = logged.specialistId();
                activity.onDay = logged.on();
                activity.kind = logged.kind();
                activity.minutes = logged.minutes();
                activity.persist();
            }
        }
    }
}
