package no.ipsbridge.specialists.roster;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.ipsbridge.security.Agency;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

/** An employment specialist (jobbspesialist), identified by their Keycloak user id. */
@Entity
public class Specialist extends PanacheEntityBase {

    @Id
    public String id;
    @Version
    public long version;
    public String displayName;
    @Enumerated(EnumType.STRING)
    public Agency agency;
    /** The employer's organisation unit, e.g. nav-bergen. */
    public String org;
    /** The health trust whose treatment teams the specialist works in; its team leads manage the caseload. */
    public String healthTrust;
    public BigDecimal workingFraction;
    public boolean active;
    public LocalDate registeredOn;

    /** Team leads of the specialist's own unit or of the health trust they work in manage their caseload. */
    public boolean isManagedBy(Caller caller) {
        return caller.is(Roles.TEAM_LEAD)
                && (caller.org().equals(org) || caller.org().equals(healthTrust));
    }

    /** The signed-in employment specialist, if they are on the roster: the phone's own lists and logs are theirs. */
    public static Caller onTheRoster(Caller caller, String refusal) {
        if (!caller.is(Roles.EMPLOYMENT_SPECIALIST) || findById(caller.subject()) == null) {
            throw ProblemException.forbidden(refusal);
        }
        return caller;
    }
}
