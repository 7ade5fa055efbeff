package no.ipsbridge.placements.contact;

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
import no.ipsbridge.events.placements.ContactPurpose;

/** Job development: a specialist's contact with an employer, on behalf of zero or more clients. */
@Entity
public class EmployerContact extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID employerId;
    public String specialistId;
    public LocalDate contactedOn;
    public boolean faceToFace;
    @Enumerated(EnumType.STRING)
    public ContactPurpose purpose;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> clientIds;
}
