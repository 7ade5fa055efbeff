package no.ipsbridge.events.clients;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/** What the clients service keeps on the compacted {@value Topics#CLIENT_STATE}: one record per client. */
public sealed interface ClientLatestState extends DomainEvent permits ClientState {
}
