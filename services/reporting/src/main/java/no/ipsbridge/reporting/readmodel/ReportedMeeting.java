package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A treatment team meeting, and whether an attached specialist was there. */
@Entity
@Table(name = "r_team_meeting")
public class ReportedMeeting extends PanacheEntityBase {

    @Id
    public UUID meetingId;
    public UUID teamId;
    public LocalDate heldOn;
    public boolean specialistAttended;

    static ReportedMeeting of(UUID meetingId, UUID teamId, LocalDate heldOn, boolean specialistAttended) {
        ReportedMeeting meeting = new ReportedMeeting();
        meeting.meetingId = meetingId;
        meeting.teamId = teamId;
        meeting.heldOn = heldOn;
        meeting.specialistAttended = specialistAttended;
        return meeting;
    }
}
