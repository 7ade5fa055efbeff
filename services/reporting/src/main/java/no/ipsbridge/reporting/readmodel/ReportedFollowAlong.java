package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.placements.FollowAlongWith;

/** A follow-along contact after a job start. */
@Entity
@Table(name = "r_follow_along")
public class ReportedFollowAlong extends PanacheEntityBase {

    @Id
    public UUID contactId;
    public UUID clientId;
    public LocalDate contactedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "with_whom")
    public FollowAlongWith with;
    public boolean faceToFace;

    /** The scale's follow-along contact is a face-to-face one with the client. */
    public boolean countsForFidelity() {
        return faceToFace && with != FollowAlongWith.EMPLOYER;
    }
}
