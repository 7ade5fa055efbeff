package no.ipsbridge.teams.team;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import no.ipsbridge.rest.ProblemException;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.CurrentCaller;
import no.ipsbridge.security.Roles;
import no.ipsbridge.teams.membership.ClinicianMembership;
import no.ipsbridge.teams.membership.SpecialistAttachment;

/**
 * Who may see and run a team. The health trust's own people see its teams; specialists see the teams they are
 * attached to; team leads of the trust run them. Another trust's team answers 404, as if it did not exist.
 */
@ApplicationScoped
public class TeamAccess {

    private final CurrentCaller currentCaller;

    TeamAccess(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    public Team toRead(UUID teamId) {
        Team team = find(teamId);
        if (!canRead(caller(), team)) {
            throw ProblemException.notFound("Team " + teamId);
        }
        return team;
    }

    public Team toManage(UUID teamId) {
        Team team = toRead(teamId);
        if (!isLeadOf(caller(), team)) {
            throw ProblemException.forbidden("only a team lead of the health trust manages its teams");
        }
        return team;
    }

    /** Meetings are recorded by the team's lead, its clinicians, or a specialist attached to it. */
    public Team toRecordMeeting(UUID teamId) {
        Team team = toRead(teamId);
        Caller caller = caller();
        boolean member = ClinicianMembership.isMember(team.id, caller.subject())
                || SpecialistAttachment.isAttached(team.id, caller.subject());
        if (!isLeadOf(caller, team) && !member) {
            throw ProblemException.forbidden("the team's lead, clinicians and specialists record its meetings");
        }
        return team;
    }

    public static boolean canRead(Caller caller, Team team) {
        if (caller.agency() == Agency.HEALTH && caller.org().equals(team.healthTrust)
                && caller.isAny(Roles.TEAM_LEAD, Roles.CLINICIAN, Roles.IPS_MANAGER, Roles.CLINIC_SYSTEM)) {
            return true;
        }
        return caller.is(Roles.EMPLOYMENT_SPECIALIST) && SpecialistAttachment.isAttached(team.id, caller.subject());
    }

    public static boolean isLeadOf(Caller caller, Team team) {
        return caller.is(Roles.TEAM_LEAD) && caller.agency() == Agency.HEALTH && caller.org().equals(team.healthTrust);
    }

    private static Team find(UUID teamId) {
        Team team = Team.findById(teamId);
        if (team == null) {
            throw ProblemException.notFound("Team " + teamId);
        }
        return team;
    }
}
