package no.ipsbridge.clients.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.ConsentDirection;

/** A consent (samtykke) the client gave for one direction, in force until withdrawn. Kept after withdrawal. */
@Entity
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ConsentDirection direction;
    public Instant givenAt;
    public String givenBy;
    public Instant withdrawnAt;
    public String withdrawnBy;

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
