package no.ipsbridge.placements.followalong;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.placements.FollowAlongWith;

/** Support after a job start, with the client or the employer; time-unlimited by design. */
@Entity
public class FollowAlongContact extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID clientId;
    public String specialistId;
    public LocalDate contactedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "with_whom")
    public FollowAlongWith with;
    public boolean faceToFace;
}
