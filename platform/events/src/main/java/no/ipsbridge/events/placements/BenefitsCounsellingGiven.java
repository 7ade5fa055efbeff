package no.ipsbridge.events.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/**
 * A client was given work-incentive (benefits) counselling, which IPS asks for before a job starts and whenever
 * hours or pay change. Topics only: what was said stays with whoever said it.
 *
 * @param nextReviewOn when the counselling should be looked at again, if agreed
 */
public record BenefitsCounsellingGiven(UUID counsellingId, UUID clientId, LocalDate givenOn, CounselledBy givenBy,
        List<BenefitsTopic> topics, LocalDate nextReviewOn) implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.BENEFITS_COUNSELLING_GIVEN;
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
