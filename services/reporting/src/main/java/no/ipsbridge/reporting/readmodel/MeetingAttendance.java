package no.ipsbridge.reporting.readmodel;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone of the staff present at a team meeting (from meeting-held.v2), by user id. */
@Entity
@Table(name = "r_meeting_attendance")
@IdClass(MeetingAttendance.Key.class)
public class MeetingAttendance extends PanacheEntityBase {

    public record Key(UUID meetingId, String attendeeId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID meetingId;
    @Id
    public String attendeeId;
}
