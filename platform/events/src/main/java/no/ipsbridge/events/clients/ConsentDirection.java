package no.ipsbridge.events.clients;

/** Which way data may cross between the agencies under a client's consent (samtykke). */
public enum ConsentDirection {
    /** The health trust's data about the client may be seen by NAV. */
    HEALTH_TO_NAV,
    /** NAV's data about the client may be seen by the health trust. */
    NAV_TO_HEALTH
}
