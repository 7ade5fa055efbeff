package no.ipsbridge.events.teams;

/** Kinds of clinical team in a health trust's mental-health services. */
public enum TeamKind {
    OUTPATIENT, FACT, ACT, EARLY_PSYCHOSIS, INPATIENT, OTHER
}
