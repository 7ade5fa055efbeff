package no.ipsbridge.specialists.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.specialists.ActivityKind;

/** Working time a specialist logged, in the community or the office, or in a meeting with NAV or a team. */
@Entity
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String specialistId;
    public LocalDate onDay;
    @Enumerated(EnumType.STRING)
    public ActivityKind kind;
    public int minutes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> clientIds;
}
