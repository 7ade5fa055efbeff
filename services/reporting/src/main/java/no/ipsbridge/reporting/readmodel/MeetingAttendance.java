package no.ipsbridge.reporting.readmodel;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist attached to the team on the day who attended its meeting. */
@Entity
@Table(name = "r_meeting_attendance")
@IdClass(MeetingAttendance.Key.class)
public class MeetingAttendance extends PanacheEntityBase {

    public record Key(UUID meetingId, String specialistId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID meetingId;
    @Id
    public String specialistId;
}
