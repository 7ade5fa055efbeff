package no.ipsbridge.reporting.units;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import no.ipsbridge.clientaccess.ProtectionMarks;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;

/**
 * Who may read a unit's reports: its own managers and team leads. A unit is a health trust or a NAV office, named
 * by the {@code org} of its people's tokens.
 */
@RequestScoped
public class UnitAccess {

    private final CurrentCaller currentCaller;
    private final ProtectionMarks marks;

    UnitAccess(CurrentCaller currentCaller, ProtectionMarks marks) {
        this.currentCaller = currentCaller;
        this.marks = marks;
    }

    public Caller reader(String unit) {
        Caller caller = currentCaller.get();
        if (!caller.isAny(Roles.IPS_MANAGER, Roles.TEAM_LEAD) || !caller.org().equals(unit)) {
            throw ProblemException.forbidden("managers and team leads see the reports of their own unit only");
        }
        return caller;
    }

    /**
     * The client data behind the reports is the health trusts' (referrals, treatment); shown to anyone else,
     * figures resting on 1–4 people are withheld (docs/outcomes.md, small-number disclosure control). Where the unit
     * serves a protected or shielded client, they are withheld from everyone, so that no small cell points at them.
     */
    public boolean seesSmallNumbers(Caller caller, String unit) {
        if (caller.agency() != Agency.HEALTH) {
            return false;
        }
        List<UUID> served = ReportedClient.getEntityManager().createQuery(
                "select c.clientId from ReportedClient c where c.healthTrust = ?1 or c.navOffice = ?1", UUID.class)
                .setParameter(1, unit).getResultList();
        return !marks.anyRestricted(served);
    }
}
