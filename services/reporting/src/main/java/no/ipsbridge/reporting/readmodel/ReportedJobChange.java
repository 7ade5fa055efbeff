package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change of hours or pay in one of a client's jobs. */
@Entity
@Table(name = "r_job_change")
public class ReportedJobChange extends PanacheEntityBase {

    @Id
    public UUID changeId;
    public UUID clientId;
    public LocalDate changedOn;
}
