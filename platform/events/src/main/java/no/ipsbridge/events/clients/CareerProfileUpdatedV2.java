package no.ipsbridge.events.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * The client's career profile changed, on the day it took effect. Version 2 of {@link CareerProfileUpdated}, which
 * carried no day: a profile entered late for an earlier assessment counted as of the day it was typed. Both are
 * published while partners move. Only coded facts travel; the free text stays in the clients service.
 *
 * @param updatedOn                the day of the assessment or update the profile records
 * @param preferredOccupationCodes STYRK-08 codes of the occupations the client wants
 */
@EventType("no.ipsbridge.client.career-profile-updated.v2")
public record CareerProfileUpdatedV2(UUID clientId, LocalDate updatedOn, Integer hoursPerWeekWanted,
        List<String> preferredOccupationCodes, boolean wantsEducation, DisclosurePreference disclosure)
        implements ClientEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
