package no.ipsbridge.placements.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.placements.JobEndReason;

/** A client's job, from start to end. A client may hold several in sequence or at once. */
@Entity
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public UUID clientId;
    public UUID employerId;
    public String title;
    public String occupationCode;
    public BigDecimal hoursPerWeek;
    public BigDecimal hourlyWage;
    public LocalDate startedOn;
    /** Open labour market, ordinary wage, not set aside for disabled people. */
    public boolean competitive;
    public boolean permanent;
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public JobEndReason endReason;
    public Boolean newJobSearch;
    public String recordedBy;

    public boolean isOngoing() {
        return endedOn == null;
    }

    public static long ongoingOf(UUID clientId) {
        return count("clientId = ?1 and endedOn is null", clientId);
    }
}
