package no.ipsbridge.events.clients;

import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * The client's career profile changed. Only its coded facts travel: the free-text preferences and history stay
 * in the clients service.
 *
 * @param preferredOccupationCodes STYRK-08 codes of the occupations the client wants
 */
@EventType("no.ipsbridge.client.career-profile-updated.v1")
public record CareerProfileUpdated(UUID clientId, Integer hoursPerWeekWanted, List<String> preferredOccupationCodes,
        boolean wantsEducation, DisclosurePreference disclosure) implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
