package no.ipsbridge.clients.path;

import com.fasterxml.jackson.annotation.JsonValue;

/** What made a step of the path: stored by name, shown in the API by its code; both are stable. */
public enum PathCause {
    REFERRAL("referral"),
    ENROLMENT("enrolment"),
    STATUS_CHANGE("status-change"),
    /** A job recorded in the placements service started while the client looked for work. */
    JOB_STARTED("job-started"),
    /** The client's last job ended and they look for work again. */
    JOB_ENDED("job-ended"),
    DISCHARGE("discharge"),
    /** Taken before the path was kept; only its day and status are known. */
    BEFORE_HISTORY("before-history");

    private final String code;

    PathCause(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
