package no.ipsbridge.events.specialists;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.ipsbridge.events.DomainEvent;
import no.ipsbridge.events.EventType;

/**
 * A specialist's share of a full-time post changed from a day on: a 60 % post that became 100 % on 1 October counts as
 * 60 % before that day. The first fraction is the one in {@link SpecialistRegistered}, from the day they started.
 */
public record WorkingFractionChanged(String specialistId, BigDecimal workingFraction, LocalDate effectiveOn)
        implements DomainEvent {

    @Override
    public EventType type() {
        return EventType.SPECIALIST_WORKING_FRACTION_CHANGED;
    }

    @Override
    public String subject() {
        return specialistId;
    }
}
