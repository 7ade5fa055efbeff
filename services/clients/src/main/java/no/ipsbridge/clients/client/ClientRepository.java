package no.ipsbridge.clients.client;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import no.ipsbridge.events.clients.ClientStatus;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The person's active records: the one that serves them, and referrals of them waiting as transfer requests. */
    public List<Client> activeByNationalId(String nationalId) {
        return list("nationalId = ?1 and status <> ?2 order by referredAt", nationalId, ClientStatus.DISCHARGED);
    }

    /**
     * The clients a caller may list, in referral order after {@code afterSeq}. The same rules as
     * {@link no.ipsbridge.clientaccess.ClientAccessPolicy#read}, as a query; the policy still checks every row.
     */
    /** The clients the caller may see, in referral order; only those named in {@code only}, unless it is empty. */
    public List<Client> visibleTo(Caller caller, ClientStatus status, Set<UUID> only, long afterSeq, int limit) {
        String scope;
        if (caller.is(Roles.EMPLOYMENT_SPECIALIST)) {
            scope = "(cl.specialistId = :subject or (cl.status = :referred and not cl.shielded "
                    + "and (cl.navOffice = :org or cl.healthTrust = :org)))";
        } else if (caller.agency() == Agency.HEALTH && caller.isAny(Roles.CLINICIAN, Roles.CLINIC_SYSTEM, Roles.TEAM_LEAD)) {
            scope = "cl.healthTrust = :org";
        } else if (caller.agency() == Agency.NAV && caller.isAny(Roles.NAV_COUNSELLOR, Roles.TEAM_LEAD)) {
            scope = "cl.navOffice = :org and (not cl.shielded or cl.navCounsellorId = :subject) "
                    + "and exists (select 1 from Consent c where c.clientId = cl.id "
                    + "and c.direction = :healthToNav and c.withdrawnAt is null)";
        } else {
            return List.of();
        }
        Parameters parameters = Parameters.with("org", caller.org()).and("after", afterSeq);
        if (scope.contains(":subject")) {
            parameters.and("subject", caller.subject());
        }
        if (scope.contains(":referred")) {
            parameters.and("referred", ClientStatus.REFERRED);
        }
        if (scope.contains(":healthToNav")) {
            parameters.and("healthToNav", ConsentDirection.HEALTH_TO_NAV);
        }
        String query = "from Client cl where " + scope + " and cl.seq > :after";
        if (status != null) {
            query += " and cl.status = :status";
            parameters.and("status", status);
        }
        if (!only.isEmpty()) {
            query += " and cl.id in :only";
            parameters.and("only", only);
        }
        return find(query + " order by cl.seq", parameters).page(0, limit).list();
    }
}
