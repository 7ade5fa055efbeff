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
import no.ipsbridge.rest.Problem;
import no.ipsbridge.rest.ProblemException;

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

    /**
     * The distinct clients a specialist names in what they log for a day, when every one was on their caseload that
     * day: time or a contact about a colleague's, another unit's or a shielded client would name them where they are
     * not the specialist's. Otherwise 422 naming {@code clientIds}.
     */
    public static List<UUID> servedOn(String specialistId, List<UUID> clientIds, LocalDate day) {
        List<UUID> clients = clientIds == null ? List.of() : clientIds.stream().distinct().toList();
        if (clients.stream().anyMatch(client -> !served(specialistId, client, day))) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "unknown-client", "Unknown client", 422,
                    "clientIds: each client must be on your caseload on " + day,
                    List.of(new Problem.FieldError("clientIds", "not a client on your caseload that day")), null));
        }
        return clients;
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
