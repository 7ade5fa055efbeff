package no.ipsbridge.events.protection;

/**
 * The national register's protection of a person's address. Both levels hide the client's contact and location
 * data from everyone but the specialist and treatment team who serve them.
 */
public enum AddressProtection {
    /** No protection. */
    NONE,
    /** Fortrolig adresse ("kode 7"). */
    FORTROLIG,
    /** Strengt fortrolig adresse ("kode 6"). */
    STRENGT_FORTROLIG
}
