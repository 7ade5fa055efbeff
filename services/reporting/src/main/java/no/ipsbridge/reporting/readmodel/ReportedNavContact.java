package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's contact with NAV counsellors, on the day it happened. */
@Entity
@Table(name = "r_nav_contact")
public class ReportedNavContact extends PanacheEntityBase {

    @Id
    public UUID contactId;
    public String specialistId;
    public LocalDate contactedOn;
    public boolean scheduled;
    public boolean faceToFace;
}
