package no.ipsbridge.teams;

import no.ipsbridge.clientaccess.AuditAction;

/** What the teams service records in a client's audit trail; the codes are stable. */
public enum AuditedAction implements AuditAction {
    READ_TEAM_MEETINGS("read-team-meetings"),
    RECORD_TEAM_MEETING("record-team-meeting");

    private final String code;

    AuditedAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
