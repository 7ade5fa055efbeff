package no.ipsbridge.security;

/** The realm roles of deploy/keycloak/ips-realm.json. */
public final class Roles {

    public static final String EMPLOYMENT_SPECIALIST = "employment-specialist";
    public static final String NAV_COUNSELLOR = "nav-counsellor";
    public static final String CLINICIAN = "clinician";
    public static final String TEAM_LEAD = "team-lead";
    public static final String IPS_MANAGER = "ips-manager";
    public static final String INTEGRATION_PARTNER = "integration-partner";
    public static final String CLINIC_SYSTEM = "clinic-system";

    private Roles() {
    }
}
