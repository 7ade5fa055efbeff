package no.ipsbridge.specialists.clients;

import java.time.LocalDate;

import jakarta.persistence.Entity;

import org.hibernate.annotations.DynamicUpdate;

import no.ipsbridge.clientaccess.KnownClientFacts;

/**
 * A client as this service knows them from ips.clients.v1: the access facts every service keeps, with the days the
 * phone's schedule needs. Ids, facts and days, never who the client is.
 * Two consumers, of two topics, update a row at the same time, each its own columns; writing only the columns an
 * event changed keeps one from overwriting what the other just wrote.
 */
@DynamicUpdate
@Entity
public class KnownClient extends KnownClientFacts {

    public LocalDate enrolledOn;
    public LocalDate statusChangedOn;
    public LocalDate employedSince;
    public LocalDate jobLostOn;
    /** The latest face-to-face employer contact on the client's behalf, from the placements service. */
    public LocalDate lastEmployerContact;
    public LocalDate lastFollowAlongContact;
    public LocalDate lastBenefitsCounselling;
    /** The latest change of hours or pay in one of the client's jobs, from the placements service. */
    public LocalDate lastJobChange;
}
