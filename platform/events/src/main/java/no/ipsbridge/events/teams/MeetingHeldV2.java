package no.ipsbridge.events.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A treatment team meeting was held, with the user ids of the staff present. Version 2 of {@link MeetingHeld}, which
 * said only whether an attached specialist came as far as was known when it was recorded; with the attendees, a
 * reader judges that by the attachments on {@code heldOn}, also ones entered later. Both are published while partners
 * move.
 *
 * @param attendeeIds Keycloak user ids of the clinicians and specialists present; staff, never clients
 */
@EventType("no.ipsbridge.team.meeting-held.v2")
public record MeetingHeldV2(UUID teamId, UUID meetingId, LocalDate heldOn, List<String> attendeeIds,
        List<UUID> clientIdsDiscussed) implements TeamEvent {

    @Override
    public String subject() {
        return teamId.toString();
    }
}
