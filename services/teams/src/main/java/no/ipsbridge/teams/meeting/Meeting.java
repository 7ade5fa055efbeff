package no.ipsbridge.teams.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.teams.membership.SpecialistAttachment;

/** A treatment team meeting: who was there, and which clients (by id) the team discussed. */
@Entity
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID teamId;
    public LocalDate heldOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> attendeeIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> clientIdsDiscussed;

    /** The attendees who were attached to the team as employment specialists on the day of the meeting. */
    public List<String> specialistsAttending() {
        return attendeeIds.stream().distinct()
                .filter(attendee -> SpecialistAttachment.attachedOn(teamId, attendee, heldOn)).toList();
    }
}
