package no.ipsbridge.events.placements;

/** Why a specialist contacted an employer. */
public enum ContactPurpose {
    /** Getting to know the employer's business and needs. */
    LEARNING_NEEDS,
    /** Presenting a candidate from the caseload. */
    PRESENTING_CANDIDATE,
    /** Following up an earlier contact. */
    FOLLOW_UP
}
