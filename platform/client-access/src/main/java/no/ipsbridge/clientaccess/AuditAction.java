package no.ipsbridge.clientaccess;

/**
 * What a caller did with a client's data, as the audit trail and the {@code access-recorded} events name it. Each
 * service lists its own in an enum ({@code AuditedAction}), so that what it audits can be read in one place.
 */
public interface AuditAction {

    /**
     * The stable name in the audit trail, e.g. {@code read-client}. Never renamed: the client's audit trail, partners
     * and auditors search by it.
     */
    String code();
}
