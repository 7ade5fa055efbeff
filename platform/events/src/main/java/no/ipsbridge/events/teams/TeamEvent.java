package no.ipsbridge.events.teams;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.Topics;

/**
 * What the teams service publishes on {@value Topics#TEAMS}: treatment teams, their members and meetings.
 * A consumer of the topic switches over this type, and the compiler makes it say what it does with every event type,
 * also one added later.
 */
public sealed interface TeamEvent extends DomainEvent
        permits TeamCreated, ClinicianJoined, ClinicianLeft, SpecialistAttached,
        SpecialistDetached, MeetingHeld, MeetingHeldV2 {
}
