package no.ipsbridge.clients.path;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;

/** One step of a client's IPS path: the status reached, on which day, what made it, and who took it. */
@Entity
@Table(name = "client_path_step")
public class PathStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    @Enumerated(EnumType.STRING)
    public ClientStatus fromStatus;
    @Column(name = "on_day")
    public LocalDate on;
    public Instant recordedAt;
    @Enumerated(EnumType.STRING)
    public PathCause cause;
    @Enumerated(EnumType.STRING)
    public DischargeReason dischargeReason;
    public String recordedBy;
    public String recordedByName;
    public String recordedByAgency;
}
