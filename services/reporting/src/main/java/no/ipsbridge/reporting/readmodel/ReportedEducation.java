package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "r_education")
public class ReportedEducation extends PanacheEntityBase {

    @Id
    public UUID educationId;
    public UUID clientId;
    public LocalDate startedOn;
}
