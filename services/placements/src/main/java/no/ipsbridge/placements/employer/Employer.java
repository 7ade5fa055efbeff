package no.ipsbridge.placements.employer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An employer in the open labour market that specialists develop jobs with. */
@Entity
public class Employer extends PanacheEntityBase {

    @Id
    public UUID id;
    public String organisationNumber;
    public String name;
    public String naceCode;
    public String municipality;
    public String registeredBy;
    public LocalDate registeredOn;
}
