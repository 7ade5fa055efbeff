package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.EventType;

/**
 * A client was given work-incentive (benefits) counselling, which IPS asks for before a job starts and whenever
 * hours or pay change. Topics only: what was said stays with whoever said it.
 *
 * @param nextReviewOn when the counselling should be looked at again, if agreed
 */
@EventType("no.ipsbridge.benefits.counselling-given.v1")
public record BenefitsCounsellingGiven(UUID counsellingId, UUID clientId, LocalDate givenOn, CounselledBy givenBy,
        List<BenefitsTopic> topics, LocalDate nextReviewOn) implements PlacementEvent {

    @Override
    public String subject() {
        return clientId.toString();
    }
}
