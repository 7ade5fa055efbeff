package no.ipsbridge.events.placements;

/** The reports a specialist sends the client's NAV counsellor. */
public enum NavReportKind {
    /** Progress over a period: activities, employer contacts, jobs, follow-along, next steps. */
    INTERVAL,
    /** At the end of IPS: the outcome, why it ended, recommendations. */
    END
}
