package no.ipsbridge.placements.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change of hours or pay in an ongoing job, with what it was before. */
@Entity
public class JobChange extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID jobId;
    public UUID clientId;
    public LocalDate changedOn;
    public BigDecimal hoursBefore;
    public BigDecimal hoursAfter;
    public BigDecimal wageBefore;
    public BigDecimal wageAfter;
    public String recordedBy;
}
