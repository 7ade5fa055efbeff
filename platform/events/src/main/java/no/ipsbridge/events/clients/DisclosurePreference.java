package no.ipsbridge.events.clients;

/** Whether the client wants an employer told about their mental illness (disclosure is the client's choice). */
public enum DisclosurePreference {
    FULL, PARTIAL, NONE, UNDECIDED
}
