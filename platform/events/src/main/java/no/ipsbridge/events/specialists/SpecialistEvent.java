package no.ipsbridge.events.specialists;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * What the specialists service publishes on {@value Topics#SPECIALISTS}: the roster, caseloads and the
 * specialists' own work.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface SpecialistEvent extends DomainEvent
        permits SpecialistRegistered, ClientAssigned, ClientReassigned, ClientReleased,
        ActivityLogged, WorkingFractionChanged, NavContactLogged {
}
