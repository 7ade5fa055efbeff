package no.ipsbridge.teams.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An employment specialist's time attached to a team; the IPS model allows at most two teams at once. */
@Entity
public class SpecialistAttachment extends PanacheEntityBase {

    /** IPS Fidelity Scale: the specialist is part of at most two treatment teams. */
    public static final int TEAM_LIMIT = 2;

    @Id
    public UUID id;
    public UUID teamId;
    public String specialistId;
    public LocalDate attachedOn;
    public LocalDate detachedOn;

    public static boolean isAttached(UUID teamId, String specialistId) {
        return count("teamId = ?1 and specialistId = ?2 and detachedOn is null", teamId, specialistId) > 0;
    }

    /** Whether the specialist was attached to the team on the day. */
    public static boolean attachedOn(UUID teamId, String specialistId, LocalDate day) {
        return count("teamId = ?1 and specialistId = ?2 and attachedOn <= ?3"
                + " and (detachedOn is null or detachedOn > ?3)", teamId, specialistId, day) > 0;
    }

    /** The day the specialist last left the team, or null if they never did. */
    public static LocalDate lastDetached(UUID teamId, String specialistId) {
        return SpecialistAttachment.<SpecialistAttachment> find(
                        "teamId = ?1 and specialistId = ?2 and detachedOn is not null order by detachedOn desc",
                        teamId, specialistId).firstResultOptional().map(a -> a.detachedOn).orElse(null);
    }

    public static List<SpecialistAttachment> activeOf(UUID teamId) {
        return list("teamId = ?1 and detachedOn is null order by attachedOn", teamId);
    }
}
