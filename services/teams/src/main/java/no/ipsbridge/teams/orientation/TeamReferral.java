package no.ipsbridge.teams.orientation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A referral that named a treatment team, as learnt from ips.clients.v1. */
@Entity
public class TeamReferral extends PanacheEntityBase {

    @Id
    public UUID clientId;
    public UUID teamId;
    public LocalDate referredOn;
}
