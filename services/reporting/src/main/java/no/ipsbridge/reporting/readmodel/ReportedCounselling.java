package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Work-incentive (benefits) counselling a client was given. */
@Entity
@Table(name = "r_benefits_counselling")
public class ReportedCounselling extends PanacheEntityBase {

    @Id
    public UUID counsellingId;
    public UUID clientId;
    public LocalDate givenOn;
}
