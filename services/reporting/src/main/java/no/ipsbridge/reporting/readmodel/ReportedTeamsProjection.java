package no.ipsbridge.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.EventCatalog;
import no.ipsbridge.events.teams.ClinicianJoined;
import no.ipsbridge.events.teams.ClinicianLeft;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.MeetingHeldV2;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.events.teams.TeamEvent;
import no.ipsbridge.outbox.EventHandler;

/** The treatment teams, which specialists are attached to them, and their meetings. */
@ApplicationScoped
public class ReportedTeamsProjection implements EventHandler<TeamEvent> {

    @Override
    public String name() {
        return "read-model-teams";
    }

    @Override
    public EventCatalog.Topic<TeamEvent> topic() {
        return EventCatalog.TEAMS;
    }

    @Override
    public void handle(TeamEvent event, CloudEvent envelope) {
        switch (event) {
            case TeamCreated created -> {
                ReportedTeam team = new ReportedTeam();
                team.teamId = created.teamId();
                team.healthTrust = created.healthTrust();
                team.name = created.name();
                team.persist();
            }
            case SpecialistAttached attached -> {
                TeamAttachment attachment = new TeamAttachment();
                attachment.teamId = attached.teamId();
                attachment.specialistId = attached.specialistId();
                attachment.fromOn = attached.attachedOn();
                attachment.persist();
            }
            case SpecialistDetached detached -> TeamAttachment.<TeamAttachment> list(
                    "teamId = ?1 and specialistId = ?2 and toOn is null", detached.teamId(), detached.specialistId())
                    .forEach(attachment -> attachment.toOn = detached.detachedOn());
            // The same meeting comes as v1 and v2, one after the other; meetings recorded before v2 only as v1.
            case MeetingHeld held -> {
                if (ReportedMeeting.findById(held.meetingId()) == null) {
                    ReportedMeeting.of(held.meetingId(), held.teamId(), held.heldOn(), held.specialistAttended())
                            .persist();
                }
            }
            case MeetingHeldV2 held -> {
                if (ReportedMeeting.findById(held.meetingId()) == null) {
                    ReportedMeeting.of(held.meetingId(), held.teamId(), held.heldOn(), false).persist();
                }
                held.attendeeIds().stream().distinct().forEach(attendee -> {
                    if (MeetingAttendance.findById(new MeetingAttendance.Key(held.meetingId(), attendee)) == null) {
                        MeetingAttendance attendance = new MeetingAttendance();
                        attendance.meetingId = held.meetingId();
                        attendance.attendeeId = attendee;
                        attendance.persist();
                    }
                });
            }
            // Clinicians joining and leaving do not enter the reports.
            case ClinicianJoined ignored -> {
            }
            case ClinicianLeft ignored -> {
            }
        }
    }
}
