package no.ipsbridge.reporting.readmodel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.teams.MeetingHeld;
import no.ipsbridge.events.teams.SpecialistAttached;
import no.ipsbridge.events.teams.SpecialistDetached;
import no.ipsbridge.events.teams.TeamCreated;
import no.ipsbridge.outbox.EventHandler;

/** The treatment teams, which specialists are attached to them, and their meetings. */
@ApplicationScoped
public class TeamsTopic implements EventHandler {

    @Override
    public String name() {
        return "read-model-teams";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.TEAMS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
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
            case MeetingHeld held -> {
                ReportedMeeting meeting = new ReportedMeeting();
                meeting.meetingId = held.meetingId();
                meeting.teamId = held.teamId();
                meeting.heldOn = held.heldOn();
                meeting.specialistAttended = held.specialistAttended();
                meeting.persist();
            }
            default -> {
                // Clinicians joining and leaving do not enter the reports.
            }
        }
    }
}
