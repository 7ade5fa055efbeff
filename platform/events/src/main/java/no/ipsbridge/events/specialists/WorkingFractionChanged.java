package no.ipsbridge.events.specialists;

import java.math.BigDecimal;
import java.time.LocalDate;

import no.ipsbridge.events.EventType;

/**
 * A specialist's share of a full-time post changed from a day on: a 60 % post that became 100 % on 1 October counts as
 * 60 % before that day. The first fraction is the one in {@link SpecialistRegistered}, from the day they started.
 */
@EventType("no.ipsbridge.specialist.working-fraction-changed.v1")
public record WorkingFractionChanged(String specialistId, BigDecimal workingFraction, LocalDate effectiveOn)
        implements SpecialistEvent {

    @Override
    public String subject() {
        return specialistId;
    }
}
