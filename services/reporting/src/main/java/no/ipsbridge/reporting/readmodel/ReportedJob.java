package no.ipsbridge.reporting.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.placements.JobEndReason;

/** A job a client started; competitive means open labour market, permanent means no fixed end. */
@Entity
@Table(name = "r_job")
public class ReportedJob extends PanacheEntityBase {

    @Id
    public UUID jobId;
    public UUID clientId;
    public UUID employerId;
    public LocalDate startedOn;
    public BigDecimal hoursPerWeek;
    public boolean competitive;
    public boolean permanent;
    public String occupationCode;
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public JobEndReason endReason;
}
