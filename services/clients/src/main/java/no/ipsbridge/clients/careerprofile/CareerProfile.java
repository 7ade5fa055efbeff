package no.ipsbridge.clients.careerprofile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.DisclosurePreference;

/** What the client wants from work and brings to it; the basis for job development. One per client. */
@Entity
public class CareerProfile extends PanacheEntityBase {

    @Id
    public UUID clientId;
    @Version
    public long version;
    public String jobPreferences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> preferredOccupationCodes;
    public Integer hoursPerWeekWanted;
    public boolean wantsEducation;
    public String educationHistory;
    public String workHistory;
    @Enumerated(EnumType.STRING)
    public DisclosurePreference disclosure;
    public String notToShareWithEmployer;
    public LocalDate disclosureDate;
    /** The day of the assessment or update the profile records; null until it is first filled in. */
    public LocalDate updatedOn;

    public static CareerProfile emptyFor(UUID clientId) {
        CareerProfile profile = new CareerProfile();
        profile.clientId = clientId;
        profile.preferredOccupationCodes = List.of();
        profile.disclosure = DisclosurePreference.UNDECIDED;
        return profile;
    }
}
