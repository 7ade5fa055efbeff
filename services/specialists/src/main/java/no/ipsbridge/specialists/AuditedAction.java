package no.ipsbridge.specialists;

import no.ipsbridge.clientaccess.AuditAction;

/** What the specialists service records in a client's audit trail; the codes are stable. */
public enum AuditedAction implements AuditAction {
    READ_CASELOAD("read-caseload"),
    READ_MY_CASELOAD("read-my-caseload"),
    ASSIGN_CLIENT("assign-client"),
    REASSIGN_CLIENT("reassign-client"),
    RELEASE_CLIENT("release-client");

    private final String code;

    AuditedAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
