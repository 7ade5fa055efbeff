package no.ipsbridge.events.protection;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * Internal, on {@value Topics#PROTECTION}: a client's protection marks.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface ProtectionEvent extends DomainEvent
        permits ProtectionChanged {
}
