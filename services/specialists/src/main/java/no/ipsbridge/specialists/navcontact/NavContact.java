package no.ipsbridge.specialists.navcontact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's contact with NAV counsellors about shared clients or referrals, on the day it happened. */
@Entity
@Table(name = "nav_contact")
public class NavContact extends PanacheEntityBase {

    @Id
    public UUID id;
    public String specialistId;
    public LocalDate contactedOn;
    public boolean scheduled;
    public boolean faceToFace;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> clientIds;
    public Instant recordedAt;
}
