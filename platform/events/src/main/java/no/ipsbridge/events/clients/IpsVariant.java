package no.ipsbridge.events.clients;

/** IPS, or IPS Ung for young people, where a start in education counts as an outcome too. */
public enum IpsVariant {
    IPS, IPS_UNG
}
