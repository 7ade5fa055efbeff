package no.ipsbridge.reporting.readmodel;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A treatment team of a health trust; its name is the team's, never a person's. */
@Entity
@Table(name = "r_team")
public class ReportedTeam extends PanacheEntityBase {

    @Id
    public UUID teamId;
    public String healthTrust;
    public String name;
}
