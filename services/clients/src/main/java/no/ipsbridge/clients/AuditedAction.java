package no.ipsbridge.clients;

import no.ipsbridge.clientaccess.AuditAction;

/** What the clients service records in a client's audit trail; the codes are stable. */
public enum AuditedAction implements AuditAction {
    REFER("refer"),
    REFERRED_BY_ANOTHER_UNIT("referred-by-another-unit"),
    READ_CLIENT("read-client"),
    LIST_CLIENTS("list-clients"),
    ENROL("enrol"),
    CHANGE_STATUS("change-status"),
    DISCHARGE("discharge"),
    READ_CONSENTS("read-consents"),
    RECORD_CONSENT("record-consent"),
    WITHDRAW_CONSENT("withdraw-consent"),
    READ_CAREER_PROFILE("read-career-profile"),
    UPDATE_CAREER_PROFILE("update-career-profile"),
    READ_PROTECTION("read-protection"),
    MARK_PROTECTION("mark-protection"),
    READ_TRANSFER_REQUESTS("read-transfer-requests"),
    RESOLVE_TRANSFER_REQUEST("resolve-transfer-request"),
    READ_AUDIT_TRAIL("read-audit-trail"),
    READ_PATH("read-path");

    private final String code;

    AuditedAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
