package no.ipsbridge.events;

/** One topic per owning service; the key is the client's id so one client's history stays in order. */
public final class Topics {

    public static final String CLIENTS = "ips.clients.v1";
    public static final String SPECIALISTS = "ips.specialists.v1";
    public static final String TEAMS = "ips.teams.v1";
    public static final String PLACEMENTS = "ips.placements.v1";
    /** Internal: accesses to a client's data in the other services, for the clients service's audit trail only. */
    public static final String AUDIT = "ips.audit.v1";
    /** Internal: clients' protection marks (protected address, shielded), for IPS Bridge's own services only. */
    public static final String PROTECTION = "ips.protection.v1";

    /**
     * Latest state, compacted: one record per client, keyed by its id, the client's current state as the events of
     * {@value #CLIENTS} up to its {@code asOfSequence} make it. A partner bootstraps from it and then follows the
     * events (ADR 33).
     */
    public static final String CLIENT_STATE = "ips.client-state.v1";

    /** Topics Kafka compacts to the last record of each key, instead of keeping every record. */
    public static boolean isLatestState(String topic) {
        return CLIENT_STATE.equals(topic);
    }

    /** Where a consumer puts what it could not handle, with the reason in the {@code ips_dlt_reason} header. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
