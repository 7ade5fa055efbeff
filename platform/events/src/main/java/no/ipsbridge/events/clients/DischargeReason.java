package no.ipsbridge.events.clients;

/** Why a client left the IPS service. */
public enum DischargeReason {
    WORKING_WITHOUT_SUPPORT,
    IN_EDUCATION,
    DECLINED_FURTHER_SERVICE,
    MOVED,
    HEALTH,
    LOST_CONTACT,
    TRANSFERRED,
    DECEASED,
    OTHER
}
