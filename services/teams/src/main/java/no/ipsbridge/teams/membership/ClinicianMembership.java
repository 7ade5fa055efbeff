package no.ipsbridge.teams.membership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A clinician's time in a team. */
@Entity
public class ClinicianMembership extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID teamId;
    public String clinicianId;
    public LocalDate joinedOn;
    public LocalDate leftOn;

    public static boolean isMember(UUID teamId, String clinicianId) {
        return count("teamId = ?1 and clinicianId = ?2 and leftOn is null", teamId, clinicianId) > 0;
    }

    /** The day the clinician last left the team, or null if they never did. */
    public static LocalDate lastLeft(UUID teamId, String clinicianId) {
        return ClinicianMembership.<ClinicianMembership> find(
                        "teamId = ?1 and clinicianId = ?2 and leftOn is not null order by leftOn desc", teamId,
                        clinicianId).firstResultOptional().map(m -> m.leftOn).orElse(null);
    }
}
