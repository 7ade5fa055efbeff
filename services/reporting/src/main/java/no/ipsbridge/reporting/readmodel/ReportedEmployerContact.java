package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A specialist's contact with an employer, and the clients it was on behalf of. */
@Entity
@Table(name = "r_employer_contact")
public class ReportedEmployerContact extends PanacheEntityBase {

    @Id
    public UUID contactId;
    public String specialistId;
    public LocalDate contactedOn;
    public boolean faceToFace;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "r_employer_contact_client", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "client_id")
    public List<UUID> clientIds = new ArrayList<>();
}
