package no.ipsbridge.reporting.readmodel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The updates recorded for a batch's clients, loaded in one query. */
    static Batch load(Collection<UUID> clientIds) {
        Map<Key, CareerProfileUpdate> found = new HashMap<>();
        if (!clientIds.isEmpty()) {
            CareerProfileUpdate.<CareerProfileUpdate> list("clientId in ?1", clientIds)
                    .forEach(update -> found.put(new Key(update.clientId, update.updatedOn), update));
        }
        return new Batch(Set.copyOf(clientIds), found);
    }

    /** A batch's clients' updates as loaded: an update of a client asked for and not found is new. */
    static final class Batch {

        /** No client loaded: every update is looked up. */
        static final Batch NONE = new Batch(Set.of(), Map.of());

        private final Set<UUID> asked;
        private final Map<Key, CareerProfileUpdate> updates;

        private Batch(Set<UUID> asked, Map<Key, CareerProfileUpdate> updates) {
            this.asked = asked;
            this.updates = updates;
        }

        /** The client's profile from that day; a second update on the same day replaces the first. */
        void record(UUID clientId, LocalDate updatedOn, List<String> preferredOccupationCodes) {
            Key key = new Key(clientId, updatedOn);
            CareerProfileUpdate update = asked.contains(clientId) ? updates.get(key) : findById(key);
            if (update != null) {
                update.preferredOccupationCodes = List.copyOf(preferredOccupationCodes);
                return;
            }
            update = new CareerProfileUpdate();
            update.clientId = clientId;
            update.updatedOn = updatedOn;
            update.preferredOccupationCodes = List.copyOf(preferredOccupationCodes);
            update.persist();
            if (asked.contains(clientId)) {
                updates.put(key, update);
            }
        }
    }
}
