package no.ipsbridge.security;

import java.util.Set;

/**
 * What access decisions need to know about a client, whichever service holds the client's data.
 *
 * @param healthTrust        the health trust whose treatment team serves the client (null if none yet)
 * @param navOffice          the NAV office that follows the client
 * @param specialist         the Keycloak subject of the assigned employment specialist (null before enrolment)
 * @param awaitingEnrolment  referred and not yet enrolled: visible to the specialists of its NAV office or trust
 * @param consentedDirections the data crossings the client has consented to and not withdrawn
 */
public record ClientFacts(String healthTrust, String navOffice, String specialist, boolean awaitingEnrolment,
        Set<CrossAgencyConsent> consentedDirections) {

    public boolean consents(CrossAgencyConsent direction) {
        return consentedDirections.contains(direction);
    }
}
