package no.ipsbridge.clientaccess;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.events.clients.CareerProfileUpdated;
import no.ipsbridge.events.clients.CareerProfileUpdatedV2;
import no.ipsbridge.events.clients.ClientDischarged;
import no.ipsbridge.events.clients.ClientEnrolled;
import no.ipsbridge.events.clients.ClientEvent;
import no.ipsbridge.events.clients.ClientReferred;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ClientStatusChanged;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.clients.ConsentGiven;
import no.ipsbridge.events.clients.ConsentWithdrawn;

/**
 * The facts about a client that a service other than the clients service needs to decide access, as it learns them
 * from ips.clients.v1: ids and facts, never who the client is. A service keeps them in its {@code known_client} table
 * through an entity that extends this one with its own columns.
 */
@MappedSuperclass
public abstract class KnownClientFacts extends PanacheEntityBase {

    @Id
    public UUID clientId;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    public String healthTrust;
    public String navOffice;
    /** The treatment team that referred the client: its clinicians see the client. */
    public UUID treatmentTeamId;
    public String enrolledBy;
    public boolean consentHealthToNav;
    public boolean consentNavToHealth;

    /** What a client event says about these facts; the service's own columns are its own projection's business. */
    public void apply(ClientEvent event) {
        switch (event) {
            case ClientReferred referred -> {
                status = ClientStatus.REFERRED;
                healthTrust = referred.healthTrust();
                navOffice = referred.navOffice();
                treatmentTeamId = referred.treatmentTeamId();
            }
            case ClientEnrolled enrolled -> {
                status = ClientStatus.ENROLLED;
                enrolledBy = enrolled.specialistId();
            }
            case ClientStatusChanged changed -> status = changed.to();
            case ClientDischarged discharged -> status = ClientStatus.DISCHARGED;
            case ConsentGiven given -> consent(given.direction(), true);
            case ConsentWithdrawn withdrawn -> consent(withdrawn.direction(), false);
            // The career profile is the clients service's own business.
            case CareerProfileUpdated ignored -> {
            }
            case CareerProfileUpdatedV2 ignored -> {
            }
        }
    }

    /** The access facts of this client, served by {@code specialist}. */
    public ClientFacts factsServedBy(String specialist) {
        return new ClientFacts(healthTrust, navOffice, specialist, status == ClientStatus.REFERRED,
                consentsInForce());
    }

    private Set<ConsentDirection> consentsInForce() {
        Set<ConsentDirection> directions = EnumSet.noneOf(ConsentDirection.class);
        if (consentHealthToNav) {
            directions.add(ConsentDirection.HEALTH_TO_NAV);
        }
        if (consentNavToHealth) {
            directions.add(ConsentDirection.NAV_TO_HEALTH);
        }
        return directions;
    }

    private void consent(ConsentDirection direction, boolean inForce) {
        if (direction == ConsentDirection.HEALTH_TO_NAV) {
            consentHealthToNav = inForce;
        } else {
            consentNavToHealth = inForce;
        }
    }
}
