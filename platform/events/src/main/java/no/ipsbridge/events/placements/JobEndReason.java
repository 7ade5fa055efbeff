package no.ipsbridge.events.placements;

/** Why a job ended. */
public enum JobEndReason {
    QUIT, FIRED, TEMPORARY_JOB_ENDED, LAID_OFF, OTHER
}
