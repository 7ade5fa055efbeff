package no.ipsbridge.placements;

import no.ipsbridge.clientaccess.AuditAction;

/** What the placements service records in a client's audit trail; the codes are stable. */
public enum AuditedAction implements AuditAction {
    READ_PLACEMENTS("read-placements"),
    RECORD_JOB_START("record-job-start"),
    RECORD_JOB_END("record-job-end"),
    RECORD_JOB_CHANGE("record-job-change"),
    RECORD_EDUCATION_START("record-education-start"),
    LOG_EMPLOYER_CONTACT("log-employer-contact"),
    LOG_FOLLOW_ALONG_CONTACT("log-follow-along-contact"),
    READ_BENEFITS_COUNSELLING("read-benefits-counselling"),
    RECORD_BENEFITS_COUNSELLING("record-benefits-counselling"),
    LIST_NAV_REPORTS("list-nav-reports"),
    READ_NAV_REPORT("read-nav-report"),
    READ_NAV_REPORT_PDF("read-nav-report-pdf"),
    GENERATE_NAV_REPORT("generate-nav-report"),
    EDIT_NAV_REPORT("edit-nav-report"),
    SEND_NAV_REPORT("send-nav-report");

    private final String code;

    AuditedAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
