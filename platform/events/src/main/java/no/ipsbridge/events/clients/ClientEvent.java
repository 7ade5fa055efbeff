package no.ipsbridge.events.clients;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * What the clients service publishes on {@value Topics#CLIENTS}: a client's way through IPS and their consents.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface ClientEvent extends DomainEvent
        permits ClientReferred, ClientEnrolled, ClientStatusChanged, ConsentGiven,
        ConsentWithdrawn, CareerProfileUpdated, CareerProfileUpdatedV2, ClientDischarged {
}
