package no.ipsbridge.clients.consent;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import no.ipsbridge.events.clients.ConsentDirection;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public List<Consent> ofClient(UUID clientId) {
        return list("clientId = ?1 order by givenAt", clientId);
    }

    public Optional<Consent> inForce(UUID clientId, ConsentDirection direction) {
        return find("clientId = ?1 and direction = ?2 and withdrawnAt is null", clientId, direction)
                .firstResultOptional();
    }

    public Set<ConsentDirection> directionsInForce(UUID clientId) {
        Set<ConsentDirection> directions = EnumSet.noneOf(ConsentDirection.class);
        list("clientId = ?1 and withdrawnAt is null", clientId).forEach(consent -> directions.add(consent.direction));
        return directions;
    }
}
