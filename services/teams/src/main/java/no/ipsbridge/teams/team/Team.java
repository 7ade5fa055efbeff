package no.ipsbridge.teams.team;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.teams.TeamKind;

/** A clinical team in a health trust, whose weekly meeting the employment specialist attends. */
@Entity
public class Team extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public String healthTrust;
    public String name;
    @Enumerated(EnumType.STRING)
    public TeamKind kind;
    public LocalDate createdOn;
}
