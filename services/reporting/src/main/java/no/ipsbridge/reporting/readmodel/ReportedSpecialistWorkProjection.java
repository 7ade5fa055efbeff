package no.ipsbridge.reporting.readmodel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

    /** The clients and open spells of the batch being handled; only the consumer's own thread touches them. */
    private ReportedClient.Batch clients = ReportedClient.Batch.NONE;
    private CaseloadSpell.OpenSpells spells = CaseloadSpell.OpenSpells.NONE;

    @Override
    public void beforeBatch(List<SpecialistEvent> events) {
        Set<UUID> assigned = new HashSet<>();
        Set<UUID> caseloadChanged = new HashSet<>();
        for (SpecialistEvent event : events) {
            if (event instanceof ClientAssigned assignment) {
                assigned.add(assignment.clientId());
            } else if (event instanceof ClientReassigned reassignment) {
                assigned.add(reassignment.clientId());
            } else if (event instanceof ClientReleased release) {
                caseloadChanged.add(release.clientId());
            }
        }
        caseloadChanged.addAll(assigned);
        clients = ReportedClient.load(assigned);
        spells = CaseloadSpell.openOf(caseloadChanged);
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
                clients.change(assigned.clientId(), client -> client.specialistId = assigned.specialistId());
                spells.open(assigned.clientId(), assigned.specialistId(), assigned.assignedOn());
            }
            case ClientReassigned reassigned -> {
                clients.change(reassigned.clientId(), client -> client.specialistId = reassigned.toSpecialistId());
                spells.open(reassigned.clientId(), reassigned.toSpecialistId(), reassigned.reassignedOn());
            }
            case ClientReleased released -> spells.close(released.clientId(), released.releasedOn());
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
