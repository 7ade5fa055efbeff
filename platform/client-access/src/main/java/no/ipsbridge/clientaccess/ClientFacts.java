package no.ipsbridge.clientaccess;

import java.util.Set;

import no.ipsbridge.events.clients.ConsentDirection;

/**
 * What access decisions need to know about a client, whichever service holds the client's data.
 *
 * @param healthTrust        the health trust whose treatment team serves the client (null if none yet)
 * @param navOffice          the NAV office that follows the client
 * @param specialist         the Keycloak subject of the assigned employment specialist (null before enrolment)
 * @param awaitingEnrolment  referred and not yet enrolled: visible to the specialists of its NAV office or trust
 * @param consentedDirections the data crossings the client has consented to and not withdrawn
 * @param protection         protected address and shielding; {@link Protection#NONE} for most clients
 * @param treatmentTeam      the team that referred the client, with its clinicians; null when referred without one
 */
public record ClientFacts(String healthTrust, String navOffice, String specialist, boolean awaitingEnrolment,
        Set<ConsentDirection> consentedDirections, Protection protection, TreatmentTeam treatmentTeam) {

    public ClientFacts {
        protection = protection == null ? Protection.NONE : protection;
    }

    /** A client with no protection marks, referred without a treatment team. */
    public ClientFacts(String healthTrust, String navOffice, String specialist, boolean awaitingEnrolment,
            Set<ConsentDirection> consentedDirections) {
        this(healthTrust, navOffice, specialist, awaitingEnrolment, consentedDirections, Protection.NONE, null);
    }

    /** These facts with the client's protection marks, as a service that follows them knows them. */
    public ClientFacts with(Protection marks) {
        return new ClientFacts(healthTrust, navOffice, specialist, awaitingEnrolment, consentedDirections, marks,
                treatmentTeam);
    }

    /** These facts with the client's treatment team, as a service that follows team membership knows it. */
    public ClientFacts with(TreatmentTeam team) {
        return new ClientFacts(healthTrust, navOffice, specialist, awaitingEnrolment, consentedDirections, protection,
                team);
    }

    public boolean consents(ConsentDirection direction) {
        return consentedDirections.contains(direction);
    }
}
