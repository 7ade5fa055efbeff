package no.ipsbridge.reporting.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist on the roster, by user id: where they work and how much of a full-time post is IPS. */
@Entity
@Table(name = "r_specialist")
public class ReportedSpecialist extends PanacheEntityBase {

    @Id
    public String specialistId;
    public String agency;
    public String org;
    public BigDecimal workingFraction;
    public LocalDate registeredOn;
}
