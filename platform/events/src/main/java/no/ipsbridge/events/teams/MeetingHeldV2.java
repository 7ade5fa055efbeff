package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/**
 * A treatment team meeting was held, with the specialists attached to the team on that day who attended. Version 2 of
 * {@link MeetingHeld}, which could say only whether some specialist came; both are published while partners move.
 */
public record MeetingHeldV2(UUID teamId, UUID meetingId, LocalDate heldOn, int attendeeCount,
        List<String> specialistIdsAttended, List<UUID> clientIdsDiscussed) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.TEAM_MEETING_HELD_V2;
    }

    @Override
    public String subject() {
        return teamId.toString();
    }
}
