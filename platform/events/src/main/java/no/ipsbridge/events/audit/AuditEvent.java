package no.ipsbridge.events.audit;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * Internal, on {@value Topics#AUDIT}: who read a client's data in a service other than the clients service.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface AuditEvent extends DomainEvent
        permits AccessRecorded, ListAccessRecorded {
}
