package no.ipsbridge.clients.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A referral of a person that another unit already serves, waiting for that unit to decide who goes on serving them.
 * The referrer's record behaves as any referral meanwhile (ADR 21).
 */
@Entity
public class TransferRequest extends PanacheEntityBase {

    /** What the serving unit decided. */
    public enum Outcome {
        /** The referring unit takes over: the serving record is discharged as TRANSFERRED. */
        HAND_OVER,
        /** The serving unit goes on: the referral's record is discharged as TRANSFERRED. */
        KEEP
    }

    @Id
    public UUID id;
    public UUID clientId;
    public UUID referralId;
    public String requestingHealthTrust;
    public Instant requestedAt;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public LocalDate resolvedOn;
    public String resolvedBy;
}
