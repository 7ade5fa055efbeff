package no.ipsbridge.reporting.readmodel;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.IpsVariant;

/**
 * A client as the reports count them: where they belong, when they came and went.
 * Two consumers, of two topics, update a row at the same time, each its own columns; writing only the columns an
 * event changed keeps one from overwriting what the other just wrote.
 */
@DynamicUpdate
@Entity
@Table(name = "r_client")
public class ReportedClient extends PanacheEntityBase {

    @Id
    public UUID clientId;
    public String healthTrust;
    public String navOffice;
    @Enumerated(EnumType.STRING)
    public IpsVariant variant;
    public Boolean workingAtReferral;
    /** The treatment team that referred the client, when the referral named one. */
    public UUID treatmentTeamId;
    public LocalDate referredOn;
    public LocalDate enrolledOn;
    public String enrolledBy;
    public String specialistId;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    public LocalDate dischargedOn;

    /** The client's row, created by whichever of its events arrives first (topics are read independently). */
    public static ReportedClient findOrNew(UUID clientId) {
        ReportedClient client = findById(clientId);
        if (client == null) {
            client = new ReportedClient();
            client.clientId = clientId;
            client.persist();
        }
        return client;
    }
}
