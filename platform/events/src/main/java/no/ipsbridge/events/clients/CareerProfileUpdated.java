package no.ipsbridge.events.clients;

import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/**
 * The client's career profile changed. Only its coded facts travel: the free-text preferences and history stay
 * in the clients service.
 *
 * @param preferredOccupationCodes STYRK-08 codes of the occupations the client wants
 */
public record CareerProfileUpdated(UUID clientId, Integer hoursPerWeekWanted, List<String> preferredOccupationCodes,
        boolean wantsEducation, DisclosurePreference disclosure) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.CLIENT_CAREER_PROFILE_UPDATED;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
