package no.ipsbridge.events.specialists;

/** What a specialist spent a stretch of working time on. */
public enum ActivityKind {
    /** With clients or employers out in the community ("ute i felt"). */
    COMMUNITY,
    /** In the office: paperwork, phone, planning. */
    OFFICE,
    /** A meeting with a NAV counsellor about shared clients (a fidelity item). */
    NAV_MEETING,
    /** A treatment team meeting. */
    TEAM_MEETING
}
