package no.ipsbridge.reporting.readmodel;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.placements.BenefitsCounsellingGiven;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.EmployerContactLogged;
import no.ipsbridge.events.placements.EmployerRegistered;
import no.ipsbridge.events.placements.FollowAlongContactLogged;
import no.ipsbridge.events.placements.JobChanged;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.events.placements.NavReportSent;
import no.ipsbridge.events.placements.PlacementEvent;
import no.ipsbridge.outbox.EventHandler;

/** Jobs, education starts, employer and follow-along contacts and benefits counselling, for the reports. */
@ApplicationScoped
public class ReportedPlacementsProjection implements EventHandler<PlacementEvent> {

    @Override
    public String name() {
        return "read-model-placements";
    }

    @Override
    public EventCatalog.Topic<PlacementEvent> topic() {
        return EventCatalog.PLACEMENTS;
    }

    /**
     * One consumer per partition of the topic: it carries most of a region's events (employer contacts above all),
     * and one thread alone left a rebuild waiting on it long after the other topics were done. The handler keeps
     * nothing in its fields, and a client's events stay on one partition, so each client's order still holds.
     */
    @Override
    public int consumers() {
        return 3;
    }

    @Override
    public void handle(PlacementEvent event, CloudEvent envelope) {
        switch (event) {
            case JobStarted started -> {
                ReportedJob job = new ReportedJob();
                job.jobId = started.jobId();
                job.clientId = started.clientId();
                job.employerId = started.employerId();
                job.startedOn = started.startedOn();
                job.hoursPerWeek = BigDecimal.valueOf(started.hoursPerWeek());
                job.competitive = started.competitive();
                job.permanent = started.permanent();
                job.occupationCode = started.occupationCode();
                job.persist();
            }
            case JobEnded ended -> {
                ReportedJob job = ReportedJob.findById(ended.jobId());
                if (job != null) {
                    job.endedOn = ended.endedOn();
                    job.endReason = ended.reason();
                }
            }
            case EducationStarted started -> {
                ReportedEducation education = new ReportedEducation();
                education.educationId = started.educationId();
                education.clientId = started.clientId();
                education.startedOn = started.startedOn();
                education.persist();
            }
            case EmployerContactLogged logged -> {
                ReportedEmployerContact contact = new ReportedEmployerContact();
                contact.contactId = logged.contactId();
                contact.specialistId = logged.specialistId();
                contact.contactedOn = logged.contactedOn();
                contact.faceToFace = logged.faceToFace();
                contact.clientIds.addAll(logged.clientIds() == null ? List.of() : logged.clientIds());
                contact.persist();
            }
            case JobChanged changed -> {
                ReportedJobChange change = new ReportedJobChange();
                change.changeId = changed.changeId();
                change.clientId = changed.clientId();
                change.changedOn = changed.changedOn();
                change.persist();
            }
            case BenefitsCounsellingGiven given -> {
                ReportedCounselling counselling = new ReportedCounselling();
                counselling.counsellingId = given.counsellingId();
                counselling.clientId = given.clientId();
                counselling.givenOn = given.givenOn();
                counselling.persist();
            }
            case FollowAlongContactLogged logged -> {
                ReportedFollowAlong contact = new ReportedFollowAlong();
                contact.contactId = logged.contactId();
                contact.clientId = logged.clientId();
                contact.contactedOn = logged.contactedOn();
                contact.with = logged.with();
                contact.faceToFace = logged.faceToFace();
                contact.persist();
            }
            // An employer's registration carries nothing the reports count.
            case EmployerRegistered ignored -> {
            }
            case NavReportSent ignored -> {
            }
        }
    }
}
