package no.ipsbridge.specialists.clients;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.clientaccess.ClientFacts;
import no.ipsbridge.events.clients.ClientStatus;

/**
 * A client as this service knows them from ips.clients.v1: ids and facts, never who they are.
 * Two consumers, of two topics, update a row at the same time, each its own columns; writing only the columns an
 * event changed keeps one from overwriting what the other just wrote.
 */
@DynamicUpdate
@Entity
public class KnownClient extends PanacheEntityBase {

    @Id
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    public String healthTrust;
    public String navOffice;
    public UUID treatmentTeamId;
    public LocalDate enrolledOn;
    public String enrolledBy;
    public LocalDate statusChangedOn;
    public LocalDate employedSince;
    public LocalDate jobLostOn;
    public boolean consentHealthToNav;
    public boolean consentNavToHealth;
    /** The latest face-to-face employer contact on the client's behalf, from the placements service. */
    public LocalDate lastEmployerContact;
    public LocalDate lastFollowAlongContact;
    public LocalDate lastBenefitsCounselling;
    /** The latest change of hours or pay in one of the client's jobs, from the placements service. */
    public LocalDate lastJobChange;

    /** The access facts of this client, with the specialist who serves them now. */
    public ClientFacts facts(String servingSpecialist) {
        return new ClientFacts(healthTrust, navOffice, servingSpecialist, status == ClientStatus.REFERRED,
                ClientFacts.directions(consentHealthToNav, consentNavToHealth));
    }
}
