package no.ipsbridge.clients.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.clientaccess.Protection;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.DischargeReason;
import no.ipsbridge.events.clients.IpsVariant;
import no.ipsbridge.events.protection.AddressProtection;

/** A person receiving IPS (NAV: "deltaker"), and where they are on the IPS path. */
@Entity
public class Client extends PanacheEntityBase {

    /** The moves the status endpoint makes; enrolment and discharge have commands of their own. */
    private static final Map<ClientStatus, Set<ClientStatus>> NEXT = Map.of(
            ClientStatus.REFERRED, EnumSet.noneOf(ClientStatus.class),
            ClientStatus.ENROLLED, EnumSet.of(ClientStatus.JOB_SEARCH),
            ClientStatus.JOB_SEARCH, EnumSet.of(ClientStatus.EMPLOYED),
            ClientStatus.EMPLOYED, EnumSet.of(ClientStatus.FOLLOW_ALONG, ClientStatus.JOB_SEARCH),
            ClientStatus.FOLLOW_ALONG, EnumSet.of(ClientStatus.EMPLOYED, ClientStatus.JOB_SEARCH),
            ClientStatus.DISCHARGED, EnumSet.noneOf(ClientStatus.class));

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Version
    public long version;

    public String nationalId;
    public String givenName;
    public String familyName;
    public String phone;
    public String email;
    public String healthTrust;
    public String navOffice;
    public UUID treatmentTeamId;
    @Enumerated(EnumType.STRING)
    public IpsVariant variant;
    public boolean workingAtReferral;
    public String referralNote;
    public Instant referredAt;
    public String referredBy;
    public String referringAgency;
    @Enumerated(EnumType.STRING)
    public ClientStatus status;
    public LocalDate statusChangedOn;
    public LocalDate enrolledOn;
    public String specialistId;
    public LocalDate dischargedOn;
    @Enumerated(EnumType.STRING)
    public DischargeReason dischargeReason;
    @Enumerated(EnumType.STRING)
    public AddressProtection addressProtection = AddressProtection.NONE;
    public boolean shielded;
    public String navCounsellorId;
    /**
     * Set on a referral of a person another unit already serves: the record that serves them, until that unit
     * resolves the transfer request. Never shown to the referrer (ADR 21).
     */
    public UUID transferOf;

    public Protection protection() {
        return new Protection(addressProtection, shielded, navCounsellorId);
    }

    public void enrol(LocalDate on, String specialist) {
        if (status != ClientStatus.REFERRED) {
            throw new IllegalTransition(status, ClientStatus.ENROLLED);
        }
        status = ClientStatus.ENROLLED;
        statusChangedOn = on;
        enrolledOn = on;
        specialistId = specialist;
    }

    /** Moves along the path; returns the status left. */
    public ClientStatus moveTo(ClientStatus target, LocalDate on) {
        if (!NEXT.get(status).contains(target)) {
            throw new IllegalTransition(status, target);
        }
        ClientStatus from = status;
        status = target;
        statusChangedOn = on;
        return from;
    }

    /**
     * A job started (recorded by the placements service): the client is employed from whatever stage of the search
     * they were at. Returns the status left, or null when nothing changes (already working, in follow-along
     * included, or not in IPS).
     */
    public ClientStatus startWork(LocalDate on) {
        if (status != ClientStatus.ENROLLED && status != ClientStatus.JOB_SEARCH) {
            return null;
        }
        ClientStatus from = status;
        status = ClientStatus.EMPLOYED;
        statusChangedOn = on;
        return from;
    }

    /**
     * The client's last job ended and they look for work again. Returns the status left, or null when nothing
     * changes (not working, or not in IPS any more).
     */
    public ClientStatus resumeSearch(LocalDate on) {
        if (status != ClientStatus.EMPLOYED && status != ClientStatus.FOLLOW_ALONG) {
            return null;
        }
        ClientStatus from = status;
        status = ClientStatus.JOB_SEARCH;
        statusChangedOn = on;
        return from;
    }

    /** Ends IPS for the client; returns the status left. */
    public ClientStatus discharge(DischargeReason reason, LocalDate on) {
        if (status == ClientStatus.DISCHARGED) {
            throw new IllegalTransition(status, ClientStatus.DISCHARGED);
        }
        ClientStatus from = status;
        status = ClientStatus.DISCHARGED;
        statusChangedOn = on;
        dischargedOn = on;
        dischargeReason = reason;
        return from;
    }

    public static Set<ClientStatus> reachableFrom(ClientStatus status) {
        return NEXT.get(status);
    }

    /** A move the IPS path does not allow. */
    public static class IllegalTransition extends RuntimeException {

        public final ClientStatus from;
        public final ClientStatus to;

        IllegalTransition(ClientStatus from, ClientStatus to) {
            super("A client who is " + from + " cannot become " + to);
            this.from = from;
            this.to = to;
        }
    }
}
