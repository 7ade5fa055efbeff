package no.ipsbridge.clientaccess;

import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

/**
 * Who may see and change a client's data. Plain code, so that every cell of docs/access-control.md has a unit
 * test. A refusal says why, for the audit and for the problem detail, never who the client is.
 */
public final class ClientAccessPolicy {

    /** Why a request was refused decides what the caller is told: nothing, the rule, or the missing consent. */
    public enum Refusal {
        /** The caller has nothing to do with this client; they are not even told it exists. */
        NOT_SERVED,
        /** The caller serves the client but their role may not do this. */
        NOT_PERMITTED,
        /** The caller would see the client if the client had consented to the data crossing. */
        NO_CONSENT
    }

    /** @param refusal null when allowed */
    public record Decision(boolean allowed, String reason, Refusal refusal) {

        static Decision allow(String reason) {
            return new Decision(true, reason, null);
        }

        static Decision deny(Refusal refusal, String reason) {
            return new Decision(false, reason, refusal);
        }
    }

    /** Why a role that never sees a person's data is refused. */
    public static final String PERSONS_REFUSED =
            "managers and integration partners see aggregates and events, never a person's data";

    private ClientAccessPolicy() {
    }

    /**
     * Whether the caller's roles ever reach a person's data. Those that do not are refused before the client is
     * looked up, whoever it is, so the refusal says nothing about whether the client exists.
     */
    public static boolean readsPersons(Caller caller) {
        return caller.isAny(Roles.EMPLOYMENT_SPECIALIST, Roles.CLINICIAN, Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD,
                Roles.NAV_COUNSELLOR);
    }

    /**
     * Reading a client's person-level data. The client record is the health trust's referral; it crosses to a NAV
     * caller only under the client's health-to-NAV consent, except for the employment specialist who serves them.
     * A shielded client exists only for those explicitly assigned to them.
     */
    public static Decision read(Caller caller, ClientFacts client) {
        if (!readsPersons(caller)) {
            return Decision.deny(Refusal.NOT_PERMITTED, PERSONS_REFUSED);
        }
        if (client.protection().shielded() && !explicitlyAssigned(caller, client)) {
            return Decision.deny(Refusal.NOT_SERVED, "a shielded client, and the caller is not assigned to them");
        }
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST)) {
            if (caller.subject().equals(client.specialist())) {
                return Decision.allow("own caseload");
            }
            if (client.awaitingEnrolment() && (caller.org().equals(client.navOffice())
                    || caller.org().equals(client.healthTrust()))) {
                return Decision.allow("referral awaiting enrolment in the specialist's unit");
            }
        }
        if (caller.isAny(Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD) && ofTheTrust(caller, client)) {
            return Decision.allow("client of the caller's health trust");
        }
        if (treats(caller, client)) {
            return Decision.allow(client.treatmentTeam() == null
                    ? "client of the caller's health trust, referred without a treatment team"
                    : "client of the caller's treatment team");
        }
        if (caller.isAny(Roles.NAV_COUNSELLOR, Roles.TEAM_LEAD) && caller.agency() == Agency.NAV
                && caller.org().equals(client.navOffice())) {
            return client.consents(ConsentDirection.HEALTH_TO_NAV)
                    ? Decision.allow("client of the caller's NAV office, with consent")
                    : Decision.deny(Refusal.NO_CONSENT, "the client has not consented to sharing with NAV");
        }
        return Decision.deny(Refusal.NOT_SERVED, "not a client the caller serves");
    }

    /**
     * Who is explicitly assigned to a shielded client: the specialist on whose caseload they are, the NAV counsellor
     * named on their protection, and the health trust treating them (the clinicians of their treatment team, the
     * trust's clinic system and team lead).
     * Everyone else in NAV — colleagues of a client who works there — and the unit's other specialists are not.
     */
    private static boolean explicitlyAssigned(Caller caller, ClientFacts client) {
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())) {
            return true;
        }
        if (caller.is(Roles.NAV_COUNSELLOR) && caller.agency() == Agency.NAV
                && caller.subject().equals(client.protection().navCounsellor())) {
            return true;
        }
        return caller.isAny(Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD) && ofTheTrust(caller, client) || treats(caller, client);
    }

    /**
     * A clinician treats the clients their treatment teams referred; a client referred without a team (by a clinic
     * system, say) is their whole trust's, since no team has taken them on yet.
     */
    private static boolean treats(Caller caller, ClientFacts client) {
        if (!caller.is(Roles.CLINICIAN) || !ofTheTrust(caller, client)) {
            return false;
        }
        return client.treatmentTeam() == null || client.treatmentTeam().clinicians().contains(caller.subject());
    }

    private static boolean ofTheTrust(Caller caller, ClientFacts client) {
        return caller.agency() == Agency.HEALTH && caller.org().equals(client.healthTrust());
    }

    /**
     * Whether a caller who may read the client also sees their contact and location data (phone, e-mail, workplace,
     * school). For a client with a protected address only the specialist and the treatment team who serve them do.
     */
    public static boolean seesContactDetails(Caller caller, ClientFacts client) {
        if (!client.protection().hidesContactDetails()) {
            return true;
        }
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())) {
            return true;
        }
        return caller.is(Roles.CLINIC_SYSTEM) && ofTheTrust(caller, client) || treats(caller, client);
    }

    /**
     * Marking a client as protected or shielded, or lifting a mark: those who serve the client from the health trust
     * (clinicians, clinic system, team lead) or as their specialist, since they learn of it from the national register
     * or from the client. A NAV counsellor does not: the mark is what decides whether they see the client.
     */
    public static Decision markProtection(Caller caller, ClientFacts client) {
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())) {
            return Decision.allow("the client's employment specialist");
        }
        if (caller.isAny(Roles.CLINICIAN, Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD) && read(caller, client).allowed()) {
            return Decision.allow("serves the client from the health trust or the unit");
        }
        return Decision.deny(Refusal.NOT_PERMITTED,
                "only the client's specialist, a team lead or the health trust marks a client as protected");
    }

    /** Changing a client's IPS path (enrolment, status, discharge): the specialist who serves them, or a team lead. */
    public static Decision changePath(Caller caller, ClientFacts client) {
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && read(caller, client).allowed()) {
            return Decision.allow("the client's employment specialist");
        }
        if (caller.is(Roles.TEAM_LEAD) && read(caller, client).allowed()) {
            return Decision.allow("team lead of the client's unit");
        }
        return Decision.deny(Refusal.NOT_PERMITTED, "only the client's employment specialist or a team lead changes the IPS path");
    }

    /**
     * Reading and resolving a client's transfer requests (ADR 21): whoever may change their path, or a clinician who
     * treats them, since a referral of theirs may be waiting for an employment specialist yet.
     */
    public static Decision resolveTransfer(Caller caller, ClientFacts client) {
        Decision path = changePath(caller, client);
        if (path.allowed()) {
            return path;
        }
        if (treats(caller, client)) {
            return Decision.allow("clinician who treats the client");
        }
        return Decision.deny(Refusal.NOT_PERMITTED,
                "only the client's specialist, a team lead or a clinician who treats them resolves a transfer request");
    }

    /** Recording consent: the specialist who serves the client, or a clinician who treats them. */
    public static Decision recordConsent(Caller caller, ClientFacts client) {
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST) && caller.subject().equals(client.specialist())) {
            return Decision.allow("the client's employment specialist");
        }
        if (treats(caller, client)) {
            return Decision.allow("clinician who treats the client");
        }
        return Decision.deny(Refusal.NOT_PERMITTED, "only the client's specialist or a clinician who treats them records consent");
    }

    /** Who may refer: clinicians and clinic systems, for their own health trust. */
    public static Decision refer(Caller caller) {
        if (caller.isAny(Roles.CLINICIAN, Roles.CLINIC_SYSTEM) && caller.agency() == Agency.HEALTH) {
            return Decision.allow("referral from a health trust");
        }
        return Decision.deny(Refusal.NOT_PERMITTED, "only clinicians and clinic systems refer");
    }

    /** The audit trail of a client: the team lead of the client's unit. */
    public static Decision readAudit(Caller caller, ClientFacts client) {
        if (caller.is(Roles.TEAM_LEAD) && read(caller, client).allowed()) {
            return Decision.allow("team lead of the client's unit");
        }
        return Decision.deny(Refusal.NOT_PERMITTED, "only a team lead of the client's unit reads its audit trail");
    }
}
