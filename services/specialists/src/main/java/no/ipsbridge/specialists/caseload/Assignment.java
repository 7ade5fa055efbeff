package no.ipsbridge.specialists.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.specialists.ReleaseReason;

/** A client on a specialist's caseload, from assignment to release; kept afterwards as history. */
@Entity
public class Assignment extends PanacheEntityBase {

    /** The IPS Fidelity Scale's limit: a full-time specialist serves at most 20 clients. */
    public static final int CASELOAD_LIMIT = 20;

    @Id
    public UUID id;
    public UUID clientId;
    public String specialistId;
    public LocalDate assignedOn;
    public LocalDate releasedOn;
    @Enumerated(EnumType.STRING)
    public ReleaseReason releaseReason;
    public String overrideReason;
    public String overrideBy;

    public static Assignment activeFor(UUID clientId) {
        return find("clientId = ?1 and releasedOn is null", clientId).firstResult();
    }

    public static List<Assignment> activeOf(String specialistId) {
        return list("specialistId = ?1 and releasedOn is null order by assignedOn, clientId", specialistId);
    }

    /** Whether the client was on the specialist's caseload on the day. */
    public static boolean served(String specialistId, UUID clientId, LocalDate day) {
        return count("specialistId = ?1 and clientId = ?2 and assignedOn <= ?3"
                + " and (releasedOn is null or releasedOn > ?3)", specialistId, clientId, day) > 0;
    }

    /** The day the client last left a caseload, or null if they never did. */
    public static LocalDate lastReleaseOf(UUID clientId) {
        return find("clientId = ?1 and releasedOn is not null order by releasedOn desc", clientId)
                .<Assignment> firstResultOptional().map(assignment -> assignment.releasedOn).orElse(null);
    }

    public static long activeCount(String specialistId) {
        return count("specialistId = ?1 and releasedOn is null", specialistId);
    }
}
