package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's time attached to a treatment team; toOn is null while they still are. */
@Entity
@Table(name = "r_team_attachment")
public class TeamAttachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID teamId;
    public String specialistId;
    public LocalDate fromOn;
    public LocalDate toOn;

    public boolean covers(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || toOn.isAfter(day));
    }

    /** Whether the attachment lasted into any day from {@code first} to {@code last}. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !fromOn.isAfter(last) && (toOn == null || toOn.isAfter(first));
    }
}
