package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/** A treatment team meeting was held; whether an attached specialist attended is a fidelity item. */
@EventType("no.ipsbridge.team.meeting-held.v1")
public record MeetingHeld(UUID teamId, UUID meetingId, LocalDate heldOn, int attendeeCount, boolean specialistAttended,
        List<UUID> clientIdsDiscussed) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
