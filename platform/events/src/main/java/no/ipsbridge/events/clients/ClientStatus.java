package no.ipsbridge.events.clients;

/** Where a client is on the IPS path. Education counts as an outcome for IPS Ung, recorded by placements. */
public enum ClientStatus {
    REFERRED, ENROLLED, JOB_SEARCH, EMPLOYED, FOLLOW_ALONG, DISCHARGED
}
