package no.ipsbridge.placements.education;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An IPS Ung client's start in education, which counts as an outcome. */
@Entity
public class EducationStart extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID clientId;
    public String institution;
    public String programme;
    public LocalDate startedOn;
    public String recordedBy;
}
