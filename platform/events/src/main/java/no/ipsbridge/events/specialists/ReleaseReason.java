package no.ipsbridge.events.specialists;

/** Why a client left a specialist's caseload without going to another specialist. */
public enum ReleaseReason {
    /** The clients service discharged the client. */
    DISCHARGED,
    /** Released by hand, e.g. the client moved away before discharge was recorded. */
    RELEASED_BY_TEAM
}
