package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.specialists.ActivityKind;

/** Time a specialist logged, by kind. */
@Entity
@Table(name = "r_activity")
public class ReportedActivity extends PanacheEntityBase {

    @Id
    public UUID activityId;
    public String specialistId;
    public LocalDate onDay;
    @Enumerated(EnumType.STRING)
    public ActivityKind kind;
    public int minutes;
}
