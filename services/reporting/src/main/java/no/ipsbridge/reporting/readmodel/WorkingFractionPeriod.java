package no.ipsbridge.reporting.readmodel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's working fraction from one day on, until the next such day. */
@Entity
@Table(name = "r_working_fraction")
@IdClass(WorkingFractionPeriod.Key.class)
public class WorkingFractionPeriod extends PanacheEntityBase {

    public record Key(String specialistId, LocalDate fromOn) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String specialistId;
    @Id
    public LocalDate fromOn;
    public BigDecimal workingFraction;

    static void record(String specialistId, LocalDate fromOn, BigDecimal workingFraction) {
        WorkingFractionPeriod period = findById(new Key(specialistId, fromOn));
        if (period == null) {
            period = new WorkingFractionPeriod();
            period.specialistId = specialistId;
            period.fromOn = fromOn;
            period.workingFraction = workingFraction;
            period.persist();
        } else {
            period.workingFraction = workingFraction;
        }
    }
}
