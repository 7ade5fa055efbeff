package no.ipsbridge.security;

import java.util.Set;

/**
 * Who is calling: a person signed in through their agency, or a system with client credentials.
 *
 * @param subject  the Keycloak subject (stable user or service-account id)
 * @param username the login name, for the audit trail only
 * @param org      the organisation unit, e.g. {@code nav-bergen} or {@code helse-bergen}
 */
public record Caller(String subject, String username, Agency agency, String org, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAny(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
