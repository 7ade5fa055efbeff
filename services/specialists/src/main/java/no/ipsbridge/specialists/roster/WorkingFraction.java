package no.ipsbridge.specialists.roster;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's share of a full-time post from one day on, until the next such day. */
@Entity
@Table(name = "working_fraction")
public class WorkingFraction extends PanacheEntityBase {

    @Id
    public UUID id;
    public String specialistId;
    public BigDecimal workingFraction;
    public LocalDate effectiveOn;
    public String recordedBy;
    public Instant recordedAt;

    public static List<WorkingFraction> historyOf(String specialistId) {
        return list("specialistId = ?1 order by effectiveOn", specialistId);
    }

    /** The fraction on the day: the latest one that took effect on or before it. */
    public static BigDecimal on(String specialistId, LocalDate day) {
        return WorkingFraction.<WorkingFraction> find(
                        "specialistId = ?1 and effectiveOn <= ?2 order by effectiveOn desc", specialistId, day)
                .firstResultOptional().map(fraction -> fraction.workingFraction).orElse(null);
    }

    static WorkingFraction record(String specialistId, BigDecimal workingFraction, LocalDate effectiveOn,
            String recordedBy) {
        // A second fraction for the same day corrects the first rather than standing beside it.
        WorkingFraction fraction = WorkingFraction.<WorkingFraction> find("specialistId = ?1 and effectiveOn = ?2",
                specialistId, effectiveOn).firstResultOptional().orElseGet(WorkingFraction::new);
        if (fraction.id == null) {
            fraction.id = UUID.randomUUID();
            fraction.specialistId = specialistId;
            fraction.effectiveOn = effectiveOn;
        }
        fraction.workingFraction = workingFraction;
        fraction.recordedBy = recordedBy;
        fraction.recordedAt = Instant.now();
        fraction.persist();
        return fraction;
    }
}
