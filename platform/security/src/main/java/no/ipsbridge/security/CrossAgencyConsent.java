package no.ipsbridge.security;

/** A direction in which the client lets data cross between the agencies. */
public enum CrossAgencyConsent {
    HEALTH_TO_NAV, NAV_TO_HEALTH
}
