package no.ipsbridge.reporting.readmodel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's career profile as it stood from the day of an assessment or update. */
@Entity
@Table(name = "r_career_profile_update")
@IdClass(CareerProfileUpdate.Key.class)
public class CareerProfileUpdate extends PanacheEntityBase {

    public record Key(UUID clientId, LocalDate updatedOn) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public UUID clientId;
    @Id
    public LocalDate updatedOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> preferredOccupationCodes;

    static void record(UUID clientId, LocalDate updatedOn, List<String> preferredOccupationCodes) {
        CareerProfileUpdate update = findById(new Key(clientId, updatedOn));
        if (update == null) {
            update = new CareerProfileUpdate();
            update.clientId = clientId;
            update.updatedOn = updatedOn;
            update.preferredOccupationCodes = List.copyOf(preferredOccupationCodes);
            update.persist();
        } else {
            update.preferredOccupationCodes = List.copyOf(preferredOccupationCodes);
        }
    }
}
